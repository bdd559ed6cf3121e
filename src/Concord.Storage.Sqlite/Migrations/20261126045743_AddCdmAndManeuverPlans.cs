using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddCdmAndManeuverPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CdmKvn",
                table: "conjunction_updates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "maneuver_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CatalogNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    OemKvn = table.Column<string>(type: "TEXT", nullable: false),
                    UseableStart = table.Column<long>(type: "INTEGER", nullable: false),
                    UseableStop = table.Column<long>(type: "INTEGER", nullable: false),
                    ScreeningJson = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    KeyId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maneuver_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_maneuver_plans_conjunction_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conjunction_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_maneuver_plans_EventId_UploadedAt",
                table: "maneuver_plans",
                columns: new[] { "EventId", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "maneuver_plans");

            migrationBuilder.DropColumn(
                name: "CdmKvn",
                table: "conjunction_updates");
        }
    }
}
