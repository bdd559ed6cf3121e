using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConjunctionSides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PcMethod",
                table: "conjunction_updates",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_Authority",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativePositionN",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativePositionR",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativePositionT",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativeVelocityN",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativeVelocityR",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativeVelocityT",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<bool>(
                name: "PrimarySide_SourceDisagreement",
                table: "conjunction_updates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PrimarySide_SourceId",
                table: "conjunction_updates",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceKind",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceMarking",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "restricted"); // events screened before sources were kept: nobody but the owner sees the object's data

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceOriginator",
                table: "conjunction_updates",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceRelTo",
                table: "conjunction_updates",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PrimarySide_SourceStoredAt",
                table: "conjunction_updates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_Authority",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativePositionN",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativePositionR",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativePositionT",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativeVelocityN",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativeVelocityR",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativeVelocityT",
                table: "conjunction_updates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<bool>(
                name: "SecondarySide_SourceDisagreement",
                table: "conjunction_updates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "SecondarySide_SourceId",
                table: "conjunction_updates",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceKind",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceMarking",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "restricted"); // events screened before sources were kept: nobody but the owner sees the object's data

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceOriginator",
                table: "conjunction_updates",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceRelTo",
                table: "conjunction_updates",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SecondarySide_SourceStoredAt",
                table: "conjunction_updates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "conjunction_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PcMethod",
                table: "conjunction_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_Authority",
                table: "conjunction_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativePositionN",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativePositionR",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativePositionT",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativeVelocityN",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativeVelocityR",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "PrimarySide_RelativeVelocityT",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<bool>(
                name: "PrimarySide_SourceDisagreement",
                table: "conjunction_events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PrimarySide_SourceId",
                table: "conjunction_events",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceKind",
                table: "conjunction_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceMarking",
                table: "conjunction_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "restricted"); // events screened before sources were kept: nobody but the owner sees the object's data

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceOriginator",
                table: "conjunction_events",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrimarySide_SourceRelTo",
                table: "conjunction_events",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PrimarySide_SourceStoredAt",
                table: "conjunction_events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_Authority",
                table: "conjunction_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativePositionN",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativePositionR",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativePositionT",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativeVelocityN",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativeVelocityR",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "SecondarySide_RelativeVelocityT",
                table: "conjunction_events",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<bool>(
                name: "SecondarySide_SourceDisagreement",
                table: "conjunction_events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "SecondarySide_SourceId",
                table: "conjunction_events",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceKind",
                table: "conjunction_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceMarking",
                table: "conjunction_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "restricted"); // events screened before sources were kept: nobody but the owner sees the object's data

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceOriginator",
                table: "conjunction_events",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SecondarySide_SourceRelTo",
                table: "conjunction_events",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SecondarySide_SourceStoredAt",
                table: "conjunction_events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PcMethod",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_Authority",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativePositionN",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativePositionR",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativePositionT",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativeVelocityN",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativeVelocityR",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativeVelocityT",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceDisagreement",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceId",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceKind",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceMarking",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceOriginator",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceRelTo",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceStoredAt",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_Authority",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativePositionN",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativePositionR",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativePositionT",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativeVelocityN",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativeVelocityR",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativeVelocityT",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceDisagreement",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceId",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceKind",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceMarking",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceOriginator",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceRelTo",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceStoredAt",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PcMethod",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_Authority",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativePositionN",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativePositionR",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativePositionT",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativeVelocityN",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativeVelocityR",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_RelativeVelocityT",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceDisagreement",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceId",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceKind",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceMarking",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceOriginator",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceRelTo",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "PrimarySide_SourceStoredAt",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_Authority",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativePositionN",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativePositionR",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativePositionT",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativeVelocityN",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativeVelocityR",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_RelativeVelocityT",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceDisagreement",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceId",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceKind",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceMarking",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceOriginator",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceRelTo",
                table: "conjunction_events");

            migrationBuilder.DropColumn(
                name: "SecondarySide_SourceStoredAt",
                table: "conjunction_events");
        }
    }
}
