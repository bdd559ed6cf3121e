using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSpaceObjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "space_objects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    InternationalDesignator = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Originator = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RelTo = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    LaunchingState = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    LaunchDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LaunchSite = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    NodalPeriodMinutes = table.Column<double>(type: "REAL", nullable: true),
                    InclinationDegrees = table.Column<double>(type: "REAL", nullable: true),
                    ApogeeKilometers = table.Column<double>(type: "REAL", nullable: true),
                    PerigeeKilometers = table.Column<double>(type: "REAL", nullable: true),
                    GeneralFunction = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_space_objects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_space_objects_CatalogNumber",
                table: "space_objects",
                column: "CatalogNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_space_objects_Owner",
                table: "space_objects",
                column: "Owner");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "space_objects");
        }
    }
}
