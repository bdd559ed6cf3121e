using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
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
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "maneuver_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CatalogNumber = table.Column<int>(type: "integer", nullable: false),
                    OemKvn = table.Column<string>(type: "text", nullable: false),
                    UseableStart = table.Column<long>(type: "bigint", nullable: false),
                    UseableStop = table.Column<long>(type: "bigint", nullable: false),
                    ScreeningJson = table.Column<string>(type: "text", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    KeyId = table.Column<Guid>(type: "uuid", nullable: true)
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
