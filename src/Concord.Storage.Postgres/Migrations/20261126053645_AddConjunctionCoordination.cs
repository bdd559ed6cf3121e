using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddConjunctionCoordination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CdmKvn",
                table: "conjunction_updates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RiskLevelSince",
                table: "conjunction_events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<bool>(
                name: "Duty",
                table: "agency_contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "conjunction_acknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RiskLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conjunction_acknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conjunction_acknowledgements_conjunction_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conjunction_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conjunction_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ManeuveringCatalogNumber = table.Column<int>(type: "integer", nullable: true),
                    ManeuverAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ContentSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ProposedByActor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CoSignedBy = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CoSignedByActor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CoSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conjunction_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conjunction_decisions_conjunction_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conjunction_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conjunction_escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    LevelSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conjunction_escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conjunction_escalations_conjunction_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conjunction_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conjunction_intents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CatalogNumber = table.Column<int>(type: "integer", nullable: false),
                    Intent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Maneuverable = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conjunction_intents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conjunction_intents_conjunction_events_EventId",
                        column: x => x.EventId,
                        principalTable: "conjunction_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "screening_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CatalogNumbers = table.Column<string>(type: "text", nullable: false),
                    All = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "webhooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Description = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastDeliveredSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhooks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_acknowledgements_EventId_Agency",
                table: "conjunction_acknowledgements",
                columns: new[] { "EventId", "Agency" });

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_decisions_EventId_Status",
                table: "conjunction_decisions",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_escalations_EventId_Agency_Step_LevelSince",
                table: "conjunction_escalations",
                columns: new[] { "EventId", "Agency", "Step", "LevelSince" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conjunction_intents_EventId_Agency",
                table: "conjunction_intents",
                columns: new[] { "EventId", "Agency" });

            migrationBuilder.CreateIndex(
                name: "IX_maneuver_plans_EventId_UploadedAt",
                table: "maneuver_plans",
                columns: new[] { "EventId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_screening_requests_CompletedAt",
                table: "screening_requests",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_webhooks_AgencyCode",
                table: "webhooks",
                column: "AgencyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conjunction_acknowledgements");

            migrationBuilder.DropTable(
                name: "conjunction_decisions");

            migrationBuilder.DropTable(
                name: "conjunction_escalations");

            migrationBuilder.DropTable(
                name: "conjunction_intents");

            migrationBuilder.DropTable(
                name: "maneuver_plans");

            migrationBuilder.DropTable(
                name: "screening_requests");

            migrationBuilder.DropTable(
                name: "webhooks");

            migrationBuilder.DropColumn(
                name: "CdmKvn",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "RiskLevelSince",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "Duty",
                table: "agency_contacts");
        }
    }
}
