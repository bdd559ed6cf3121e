using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddConjunctionEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conjunction_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimaryCatalogNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondaryCatalogNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Tca = table.Column<long>(type: "INTEGER", nullable: false),
                    MissDistanceMeters = table.Column<double>(type: "REAL", nullable: false),
                    RelativeSpeedMetersPerSecond = table.Column<double>(type: "REAL", nullable: false),
                    Pc = table.Column<double>(type: "REAL", nullable: true),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstScreenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastScreenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conjunction_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conjunction_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScreenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Tca = table.Column<long>(type: "INTEGER", nullable: false),
                    MissDistanceMeters = table.Column<double>(type: "REAL", nullable: false),
                    RelativeSpeedMetersPerSecond = table.Column<double>(type: "REAL", nullable: false),
                    Pc = table.Column<double>(type: "REAL", nullable: true),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conjunction_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conjunction_updates_conjunction_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conjunction_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_events_PrimaryCatalogNumber_SecondaryCatalogNumber_Tca",
                table: "conjunction_events",
                columns: new[] { "PrimaryCatalogNumber", "SecondaryCatalogNumber", "Tca" });

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_events_SecondaryCatalogNumber",
                table: "conjunction_events",
                column: "SecondaryCatalogNumber");

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_events_Status_Tca",
                table: "conjunction_events",
                columns: new[] { "Status", "Tca" });

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_updates_EventId_ScreenedAt",
                table: "conjunction_updates",
                columns: new[] { "EventId", "ScreenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conjunction_updates");

            migrationBuilder.DropTable(
                name: "conjunction_events");
        }
    }
}
