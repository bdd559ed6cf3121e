using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Time;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>Maps a conjunction found by screening (<see cref="ScreenedConjunction"/>) to a CCSDS 508.0-B-1
/// Conjunction Data Message (domain → message model, the reverse of <see cref="CdmConverter"/>).</summary>
/// <remarks>
/// <para><b>Relative data.</b> TCA, miss distance, relative speed and the relative position and velocity in the
/// primary's RTN axes come unchanged from the conjunction (secondary minus primary, metres and m/s). The screening
/// window gives <c>START/STOP_SCREEN_PERIOD</c>; the volume is written as <c>SCREEN_VOLUME_FRAME = RTN</c>,
/// <c>SCREEN_VOLUME_SHAPE = ELLIPSOID</c> (508.0-B-1 allows ELLIPSOID or BOX; a sphere is the ellipsoid with three
/// equal axes) and <c>SCREEN_VOLUME_X/Y/Z</c> = the R, T, N semi-axes in metres. <c>COLLISION_PROBABILITY</c> and
/// its method appear only when a probability is given.</para>
/// <para><b>Objects.</b> OBJECT1 is the primary. <c>OBJECT_DESIGNATOR</c> is the screening identifier (the catalog
/// number), <c>CATALOG_NAME = SATCAT</c>, <c>MANEUVERABLE = N/A</c>, <c>REF_FRAME = EME2000</c>: the TEME states at
/// TCA are rotated with <see cref="ConjunctionCdmOptions.Frames"/> and written in km and km/s.</para>
/// <para><b>Covariance.</b> 508.0-B-1 makes the 6×6 RTN covariance mandatory, and <see cref="CdmReader"/> rejects a
/// CDM without it. When an object's covariance is not known, the block is written with all 21 terms zero, a
/// <c>COMMENT</c> saying so, and <c>COVARIANCE_METHOD = DEFAULT</c>; a zero matrix is not positive definite, so a
/// probability computed from such a CDM reports the covariance as unusable rather than a number.</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class ConjunctionCdmBuilder
{
    /// <summary>The CDM version written (<c>CCSDS_CDM_VERS</c>).</summary>
    public const string Version = "1.0";

    /// <summary>The <c>CATALOG_NAME</c> written for both objects.</summary>
    public const string CatalogName = "SATCAT";

    /// <summary>The comment written before a zero placeholder covariance.</summary>
    public const string NoCovarianceComment = "No covariance available: zero placeholder (the RTN block is mandatory in CCSDS 508.0-B-1)";

    private const string Unknown = "UNKNOWN";
    private const string NoEphemeris = "NONE";
    private const string NotApplicable = "N/A";
    private const string Calculated = "CALCULATED";
    private const string Default = "DEFAULT";
    private const double MetersPerKilometer = 1000.0;

    /// <summary>Builds the CDM of <paramref name="conjunction"/>.</summary>
    /// <param name="conjunction">The conjunction (states in TEME, SI).</param>
    /// <param name="options">Message identity, creation time, screening window and volume, frames, optional Pc.</param>
    /// <param name="primary">Metadata and covariance of the primary (OBJECT1); null when nothing more is known.</param>
    /// <param name="secondary">Metadata and covariance of the secondary (OBJECT2); null when nothing more is known.</param>
    /// <exception cref="ArgumentException">A covariance does not have 21 terms, or the message id is empty.</exception>
    public static Cdm Build(ScreenedConjunction conjunction, ConjunctionCdmOptions options,
        ConjunctionCdmObjectInfo? primary = null, ConjunctionCdmObjectInfo? secondary = null)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.MessageId);
        bool withPc = options.CollisionProbability is not null;
        return new Cdm
        {
            Header = new CdmHeader
            {
                Version = Version,
                CreationDate = CcsdsDate.FromEpoch(options.CreationDate, TimeScale.Utc),
                Originator = options.Originator,
                MessageId = options.MessageId,
            },
            RelativeMetadata = new CdmRelativeMetadata
            {
                Tca = CcsdsDate.FromEpoch(conjunction.Tca, TimeScale.Utc),
                MissDistanceMeters = conjunction.MissDistanceMeters,
                RelativeSpeedMetersPerSecond = conjunction.RelativeSpeedMetersPerSecond,
                RelativePositionRMeters = conjunction.RelativePositionRtnMeters.X,
                RelativePositionTMeters = conjunction.RelativePositionRtnMeters.Y,
                RelativePositionNMeters = conjunction.RelativePositionRtnMeters.Z,
                RelativeVelocityRMetersPerSecond = conjunction.RelativeVelocityRtnMetersPerSecond.X,
                RelativeVelocityTMetersPerSecond = conjunction.RelativeVelocityRtnMetersPerSecond.Y,
                RelativeVelocityNMetersPerSecond = conjunction.RelativeVelocityRtnMetersPerSecond.Z,
                StartScreenPeriod = CcsdsDate.FromEpoch(options.ScreenStart, TimeScale.Utc),
                StopScreenPeriod = CcsdsDate.FromEpoch(options.ScreenStop, TimeScale.Utc),
                ScreenVolumeFrame = "RTN",
                ScreenVolumeShape = "ELLIPSOID",
                ScreenVolumeXMeters = options.Volume.RadialMeters,
                ScreenVolumeYMeters = options.Volume.InTrackMeters,
                ScreenVolumeZMeters = options.Volume.CrossTrackMeters,
                CollisionProbability = options.CollisionProbability,
                CollisionProbabilityMethod = withPc ? options.CollisionProbabilityMethod : null,
            },
            Object1 = BuildObject("OBJECT1", conjunction.PrimaryId, conjunction.PrimaryState, primary, options.Frames),
            Object2 = BuildObject("OBJECT2", conjunction.SecondaryId, conjunction.SecondaryState, secondary, options.Frames),
        };
    }

    private static CdmObject BuildObject(string role, string id, CartesianState state, ConjunctionCdmObjectInfo? info, FrameTransformer frames)
    {
        ImmutableArray<double> covariance = info?.RtnCovarianceSi ?? default;
        bool hasCovariance = !covariance.IsDefault;
        if (hasCovariance && covariance.Length != CdmRtnCovariance.PositionVelocityTermCount)
        {
            throw new ArgumentException(
                $"An RTN covariance has {CdmRtnCovariance.PositionVelocityTermCount} terms; object {id} has {covariance.Length}.", nameof(info));
        }

        CartesianState eme2000 = frames.Transform(state, ReferenceFrame.Eme2000);
        var terms = new double?[CdmRtnCovariance.TermCount];
        for (int i = 0; i < CdmRtnCovariance.PositionVelocityTermCount; i++)
        {
            terms[i] = hasCovariance ? covariance[i] : 0.0;
        }

        return new CdmObject
        {
            Metadata = new CdmObjectMetadata
            {
                ObjectRole = role,
                ObjectDesignator = id,
                CatalogName = CatalogName,
                ObjectName = info?.ObjectName ?? Unknown,
                InternationalDesignator = info?.InternationalDesignator ?? Unknown,
                EphemerisName = info?.EphemerisName ?? NoEphemeris,
                CovarianceMethod = info?.CovarianceMethod ?? (hasCovariance ? Calculated : Default),
                Maneuverable = NotApplicable,
                ReferenceFrame = "EME2000",
            },
            Data = new CdmObjectData
            {
                StateVector = new CdmStateVector
                {
                    XKilometers = eme2000.PositionMeters.X / MetersPerKilometer,
                    YKilometers = eme2000.PositionMeters.Y / MetersPerKilometer,
                    ZKilometers = eme2000.PositionMeters.Z / MetersPerKilometer,
                    XDotKilometersPerSecond = eme2000.VelocityMetersPerSecond.X / MetersPerKilometer,
                    YDotKilometersPerSecond = eme2000.VelocityMetersPerSecond.Y / MetersPerKilometer,
                    ZDotKilometersPerSecond = eme2000.VelocityMetersPerSecond.Z / MetersPerKilometer,
                },
                RtnCovariance = new CdmRtnCovariance
                {
                    Comments = hasCovariance ? default : new EquatableArray<string>([NoCovarianceComment]),
                    Terms = new EquatableArray<double?>([.. terms]),
                },
            },
        };
    }
}
