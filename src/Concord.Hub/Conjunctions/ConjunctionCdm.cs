using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;

namespace Concord.Hub.Conjunctions;

/// <summary>The CDM (CCSDS 508.0-B-1) the hub stores with each <see cref="ConjunctionUpdate"/>, written in KVN by
/// <see cref="CdmWriter"/>: OBJECT1 is the lower catalog number (as in the event), the covariances are those the Pc used
/// (<c>COVARIANCE_METHOD = DEFAULT</c> for a regime default, <c>CALCULATED</c> for an operator's), and
/// <c>MESSAGE_ID</c> is <c>CONCORD-</c> and the update's id. Thread-safe.</summary>
internal static class ConjunctionCdm
{
    /// <summary>The conjunction with the lower catalog number as primary: unchanged when it already is, else the two
    /// objects swapped and the relative position and velocity taken in the new primary's RTN axes (secondary minus
    /// primary, inertial velocity difference, as the screener writes them).</summary>
    public static ScreenedConjunction LowerFirst(ScreenedConjunction c, int primaryCatalogNumber, int secondaryCatalogNumber)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (primaryCatalogNumber < secondaryCatalogNumber)
        {
            return c;
        }

        Matrix3x3d toRtn = Rtn.InertialToRtn(c.SecondaryState);
        return c with
        {
            PrimaryIndex = c.SecondaryIndex,
            SecondaryIndex = c.PrimaryIndex,
            PrimaryId = c.SecondaryId,
            SecondaryId = c.PrimaryId,
            PrimaryState = c.SecondaryState,
            SecondaryState = c.PrimaryState,
            RelativePositionRtnMeters = toRtn * (c.PrimaryState.PositionMeters - c.SecondaryState.PositionMeters),
            RelativeVelocityRtnMetersPerSecond = toRtn * (c.PrimaryState.VelocityMetersPerSecond - c.SecondaryState.VelocityMetersPerSecond),
        };
    }

    /// <summary>The CDM of an update in KVN, or null when the writer refuses it (a value it cannot write, such as a
    /// non-finite number): the update is then stored without one rather than failing the whole screening run.</summary>
    /// <param name="conjunction">The conjunction, lower catalog number first (<see cref="LowerFirst"/>).</param>
    /// <param name="assessment">Its Pc and covariances, in the same object order.</param>
    /// <param name="primary">OBJECT1's metadata.</param>
    /// <param name="secondary">OBJECT2's metadata.</param>
    /// <param name="updateId">The update's id (the message id).</param>
    /// <param name="created">Creation time (the screening run's time).</param>
    /// <param name="screenStart">Start of the screening window.</param>
    /// <param name="screenStop">End of the screening window.</param>
    /// <param name="volume">The screening volume.</param>
    /// <param name="frames">Rotations for the EME2000 states.</param>
    public static string? Kvn(ScreenedConjunction conjunction, ConjunctionAssessment assessment, ConjunctionCdmObjectInfo primary,
        ConjunctionCdmObjectInfo secondary, Guid updateId, Epoch created, Epoch screenStart, Epoch screenStop, ScreeningVolume volume,
        FrameTransformer frames)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        var options = new ConjunctionCdmOptions
        {
            CreationDate = created,
            MessageId = $"CONCORD-{updateId:D}",
            ScreenStart = screenStart,
            ScreenStop = screenStop,
            Volume = volume,
            Frames = frames,
            CollisionProbability = assessment.Pc,
            CollisionProbabilityMethod = ConjunctionProbability.CdmMethod,
        };
        Cdm cdm = ConjunctionCdmBuilder.Build(conjunction, options,
            primary with { RtnCovarianceSi = assessment.PrimaryRtnCovariance, CovarianceMethod = Method(assessment.PrimaryIsDefault) },
            secondary with { RtnCovarianceSi = assessment.SecondaryRtnCovariance, CovarianceMethod = Method(assessment.SecondaryIsDefault) });
        return CdmWriter.Write(cdm, CcsdsFormat.Kvn).Text;
    }

    private static string Method(bool isDefault) => isDefault ? "DEFAULT" : "CALCULATED";
}
