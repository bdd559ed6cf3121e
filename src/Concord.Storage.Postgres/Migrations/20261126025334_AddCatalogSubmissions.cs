using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddCatalogSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    KeyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    Marking = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RelTo = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Warnings = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "element_sets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CatalogNumber = table.Column<int>(type: "integer", nullable: false),
                    Epoch = table.Column<long>(type: "bigint", nullable: false),
                    ObjectName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MeanElementTheory = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MeanMotionRevolutionsPerDay = table.Column<double>(type: "double precision", nullable: false),
                    Eccentricity = table.Column<double>(type: "double precision", nullable: false),
                    InclinationDegrees = table.Column<double>(type: "double precision", nullable: false),
                    RightAscensionOfAscendingNodeDegrees = table.Column<double>(type: "double precision", nullable: false),
                    ArgumentOfPericenterDegrees = table.Column<double>(type: "double precision", nullable: false),
                    MeanAnomalyDegrees = table.Column<double>(type: "double precision", nullable: false),
                    GravitationalParameterCubicKilometersPerSecondSquared = table.Column<double>(type: "double precision", nullable: true),
                    EphemerisType = table.Column<int>(type: "integer", nullable: true),
                    ClassificationType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ElementSetNumber = table.Column<int>(type: "integer", nullable: true),
                    RevolutionNumberAtEpoch = table.Column<int>(type: "integer", nullable: true),
                    BstarPerEarthRadius = table.Column<double>(type: "double precision", nullable: false),
                    MeanMotionDotRevolutionsPerDaySquared = table.Column<double>(type: "double precision", nullable: true),
                    MeanMotionDdotRevolutionsPerDayCubed = table.Column<double>(type: "double precision", nullable: true),
                    TleNotation = table.Column<int>(type: "integer", nullable: false),
                    Originator = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Marking = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RelTo = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_element_sets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_element_sets_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ephemeris_segments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CatalogNumber = table.Column<int>(type: "integer", nullable: true),
                    CenterName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReferenceFrame = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TimeSystem = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UseableStart = table.Column<long>(type: "bigint", nullable: false),
                    UseableStop = table.Column<long>(type: "bigint", nullable: false),
                    StateCount = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Originator = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Marking = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RelTo = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ephemeris_segments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ephemeris_segments_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_element_sets_CatalogNumber_Epoch",
                table: "element_sets",
                columns: new[] { "CatalogNumber", "Epoch" });

            migrationBuilder.CreateIndex(
                name: "IX_element_sets_SubmissionId",
                table: "element_sets",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_ephemeris_segments_CatalogNumber_UseableStart",
                table: "ephemeris_segments",
                columns: new[] { "CatalogNumber", "UseableStart" });

            migrationBuilder.CreateIndex(
                name: "IX_ephemeris_segments_SubmissionId",
                table: "ephemeris_segments",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_AgencyCode_IdempotencyKey",
                table: "submissions",
                columns: new[] { "AgencyCode", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "element_sets");

            migrationBuilder.DropTable(
                name: "ephemeris_segments");

            migrationBuilder.DropTable(
                name: "submissions");
        }
    }
}
