using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CatalogNumber = table.Column<int>(type: "integer", nullable: false),
                    InternationalDesignator = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Owner = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Originator = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Marking = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RelTo = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    LaunchingState = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    LaunchDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LaunchSite = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    NodalPeriodMinutes = table.Column<double>(type: "double precision", nullable: true),
                    InclinationDegrees = table.Column<double>(type: "double precision", nullable: true),
                    ApogeeKilometers = table.Column<double>(type: "double precision", nullable: true),
                    PerigeeKilometers = table.Column<double>(type: "double precision", nullable: true),
                    GeneralFunction = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
