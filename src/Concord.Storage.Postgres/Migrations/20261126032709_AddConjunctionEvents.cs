using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PrimaryCatalogNumber = table.Column<int>(type: "integer", nullable: false),
                    SecondaryCatalogNumber = table.Column<int>(type: "integer", nullable: false),
                    Tca = table.Column<long>(type: "bigint", nullable: false),
                    MissDistanceMeters = table.Column<double>(type: "double precision", nullable: false),
                    RelativeSpeedMetersPerSecond = table.Column<double>(type: "double precision", nullable: false),
                    Pc = table.Column<double>(type: "double precision", nullable: true),
                    RiskLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FirstScreenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastScreenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conjunction_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conjunction_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScreenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tca = table.Column<long>(type: "bigint", nullable: false),
                    MissDistanceMeters = table.Column<double>(type: "double precision", nullable: false),
                    RelativeSpeedMetersPerSecond = table.Column<double>(type: "double precision", nullable: false),
                    Pc = table.Column<double>(type: "double precision", nullable: true),
                    RiskLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
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
                name: "IX_conjunction_events_PrimaryCatalogNumber_SecondaryCatalogNum~",
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
