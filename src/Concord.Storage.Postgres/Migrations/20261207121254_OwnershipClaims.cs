using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OwnershipClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Claim",
                table: "space_objects",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "confirmed"); // objects registered before claims existed keep their owner

            migrationBuilder.AddColumn<string>(
                name: "ClaimReason",
                table: "space_objects",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "object_providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CatalogNumber = table.Column<int>(type: "integer", nullable: false),
                    Agency = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DesignatedBy = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DesignatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_object_providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ownership_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    First = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ownership_grants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_object_providers_CatalogNumber_Agency",
                table: "object_providers",
                columns: new[] { "CatalogNumber", "Agency" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ownership_grants_Agency",
                table: "ownership_grants",
                column: "Agency");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "object_providers");

            migrationBuilder.DropTable(
                name: "ownership_grants");

            migrationBuilder.DropColumn(
                name: "Claim",
                table: "space_objects");

            migrationBuilder.DropColumn(
                name: "ClaimReason",
                table: "space_objects");
        }
    }
}
