using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TypedTrajectoriesAndAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Trajectory",
                table: "maneuver_plans",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Trajectory",
                table: "ephemeris_segments",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TrajectoryConverted",
                table: "ephemeris_segments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_HardBodyRadiusMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Primary_CovarianceSource",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Primary_EphemerisName",
                table: "conjunction_updates",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Primary_InternationalDesignator",
                table: "conjunction_updates",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Primary_ObjectName",
                table: "conjunction_updates",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Primary_PositionXMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Primary_PositionYMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Primary_PositionZMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Assessment_Primary_RtnCovarianceBytes",
                table: "conjunction_updates",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Primary_VelocityXMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Primary_VelocityYMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Primary_VelocityZMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_ProbabilityMethod",
                table: "conjunction_updates",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_ProbabilityStatus",
                table: "conjunction_updates",
                type: "character varying(48)",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_RelativePositionNMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_RelativePositionRMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_RelativePositionTMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_RelativeVelocityNMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_RelativeVelocityRMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_RelativeVelocityTMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Assessment_ScreenStart",
                table: "conjunction_updates",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Assessment_ScreenStop",
                table: "conjunction_updates",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_ScreenVolumeCrossTrackMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_ScreenVolumeInTrackMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_ScreenVolumeRadialMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Secondary_CovarianceSource",
                table: "conjunction_updates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Secondary_EphemerisName",
                table: "conjunction_updates",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Secondary_InternationalDesignator",
                table: "conjunction_updates",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment_Secondary_ObjectName",
                table: "conjunction_updates",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Secondary_PositionXMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Secondary_PositionYMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Secondary_PositionZMeters",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Assessment_Secondary_RtnCovarianceBytes",
                table: "conjunction_updates",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Secondary_VelocityXMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Secondary_VelocityYMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Assessment_Secondary_VelocityZMetersPerSecond",
                table: "conjunction_updates",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Trajectory",
                table: "maneuver_plans");

            migrationBuilder.DropColumn(
                name: "Trajectory",
                table: "ephemeris_segments");

            migrationBuilder.DropColumn(
                name: "TrajectoryConverted",
                table: "ephemeris_segments");

            migrationBuilder.DropColumn(
                name: "Assessment_HardBodyRadiusMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_CovarianceSource",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_EphemerisName",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_InternationalDesignator",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_ObjectName",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_PositionXMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_PositionYMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_PositionZMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_RtnCovarianceBytes",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_VelocityXMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_VelocityYMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Primary_VelocityZMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_ProbabilityMethod",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_ProbabilityStatus",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_RelativePositionNMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_RelativePositionRMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_RelativePositionTMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_RelativeVelocityNMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_RelativeVelocityRMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_RelativeVelocityTMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_ScreenStart",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_ScreenStop",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_ScreenVolumeCrossTrackMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_ScreenVolumeInTrackMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_ScreenVolumeRadialMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_CovarianceSource",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_EphemerisName",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_InternationalDesignator",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_ObjectName",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_PositionXMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_PositionYMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_PositionZMeters",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_RtnCovarianceBytes",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_VelocityXMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_VelocityYMetersPerSecond",
                table: "conjunction_updates");

            migrationBuilder.DropColumn(
                name: "Assessment_Secondary_VelocityZMetersPerSecond",
                table: "conjunction_updates");
        }
    }
}
