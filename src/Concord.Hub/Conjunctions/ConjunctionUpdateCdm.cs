using System.Globalization;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>The typed record of an update's assessment (<see cref="ConjunctionUpdateAssessment"/>) and the CDM built
/// from it on request: the engine's <see cref="AssessedConjunction"/> is rebuilt from the stored values and written by
/// the same Formats code as <c>concord screen --cdm-dir</c> (<see cref="AssessedConjunctionCdm"/>), so the message is the
/// one the run would have written (<c>MESSAGE_ID</c> <c>CONCORD-</c> and the update's id, created at the run's
/// start). Pure and thread-safe.</summary>
public static class ConjunctionUpdateCdm
{
    /// <summary>The typed record of <paramref name="assessed"/> as a screening run stores it.</summary>
    /// <param name="assessed">The assessed conjunction (primary = the lower catalog number).</param>
    /// <param name="primary">The primary's CDM names.</param>
    /// <param name="secondary">The secondary's CDM names.</param>
    /// <param name="screenStart">Start of the run's window (also the CDM's creation date).</param>
    /// <param name="screenStop">End of the window.</param>
    /// <param name="volume">The screening volume.</param>
    /// <param name="hardBodyRadiusMeters">The hard-body radius the probability used.</param>
    public static ConjunctionUpdateAssessment Record(AssessedConjunction assessed, ConjunctionCdmObjectInfo primary,
        ConjunctionCdmObjectInfo secondary, Epoch screenStart, Epoch screenStop, ScreeningVolume volume, double hardBodyRadiusMeters)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        ArgumentNullException.ThrowIfNull(volume);
        ScreenedConjunction c = assessed.Conjunction;
        return new ConjunctionUpdateAssessment
        {
            ScreenStart = screenStart,
            ScreenStop = screenStop,
            ScreenVolumeRadialMeters = volume.RadialMeters,
            ScreenVolumeInTrackMeters = volume.InTrackMeters,
            ScreenVolumeCrossTrackMeters = volume.CrossTrackMeters,
            HardBodyRadiusMeters = hardBodyRadiusMeters,
            ProbabilityMethod = assessed.Probability.Method,
            ProbabilityStatus = assessed.Probability.Status,
            RelativePositionRtnMeters = c.RelativePositionRtnMeters,
            RelativeVelocityRtnMetersPerSecond = c.RelativeVelocityRtnMetersPerSecond,
            Primary = Object(c.PrimaryState, assessed.Primary, primary),
            Secondary = Object(c.SecondaryState, assessed.Secondary, secondary),
        };
    }

    /// <summary>The CDM of <paramref name="update"/> of event <paramref name="e"/> in KVN, with its message model; null
    /// when the update has no typed assessment or the writer refuses it (a non-finite number).</summary>
    public static (Cdm Message, string Kvn)? Write(ConjunctionEvent e, ConjunctionUpdate update)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(update);
        if (Build(e, update) is not { } cdm)
        {
            return null;
        }

        return CdmWriter.Write(cdm, CcsdsFormat.Kvn).Text is { } kvn ? (cdm, kvn) : null;
    }

    /// <summary>The CDM message of <paramref name="update"/> of event <paramref name="e"/>; null when the update has no
    /// typed assessment.</summary>
    public static Cdm? Build(ConjunctionEvent e, ConjunctionUpdate update)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(update);
        if (update.Assessment is not { } a)
        {
            return null;
        }

        string primaryId = e.PrimaryCatalogNumber.ToString(CultureInfo.InvariantCulture);
        string secondaryId = e.SecondaryCatalogNumber.ToString(CultureInfo.InvariantCulture);
        var conjunction = new ScreenedConjunction
        {
            PrimaryIndex = 0,
            SecondaryIndex = 1,
            PrimaryId = primaryId,
            SecondaryId = secondaryId,
            Tca = update.Tca,
            MissDistanceMeters = update.MissDistanceMeters,
            RelativeSpeedMetersPerSecond = update.RelativeSpeedMetersPerSecond,
            RelativePositionRtnMeters = a.RelativePositionRtnMeters,
            RelativeVelocityRtnMetersPerSecond = a.RelativeVelocityRtnMetersPerSecond,
            PrimaryState = a.Primary.StateAt(update.Tca),
            SecondaryState = a.Secondary.StateAt(update.Tca),
        };
        var probability = new CollisionProbability(update.Pc, a.ProbabilityMethod, false, a.ProbabilityStatus);
        var assessed = new AssessedConjunction(conjunction,
            Assessed(primaryId, 0, update.PrimarySide, a.Primary), Assessed(secondaryId, 1, update.SecondarySide, a.Secondary),
            probability, update.PcMethod ?? string.Empty);
        var options = new ConjunctionCdmOptions
        {
            CreationDate = a.ScreenStart,
            MessageId = $"CONCORD-{update.Id:D}",
            ScreenStart = a.ScreenStart,
            ScreenStop = a.ScreenStop,
            Volume = new ScreeningVolume(a.ScreenVolumeRadialMeters, a.ScreenVolumeInTrackMeters, a.ScreenVolumeCrossTrackMeters),
            Frames = ScreeningCatalog.CreateFrames(),
        };
        return AssessedConjunctionCdm.Build(assessed, options, Info(a.Primary), Info(a.Secondary));
    }

    private static ConjunctionUpdateObject Object(Astro.Frames.CartesianState state, AssessedObject assessed, ConjunctionCdmObjectInfo info)
    {
        var stored = new ConjunctionUpdateObject
        {
            RtnCovariance = assessed.RtnCovariance,
            CovarianceSource = assessed.CovarianceSource,
            ObjectName = info.ObjectName,
            InternationalDesignator = info.InternationalDesignator,
            EphemerisName = info.EphemerisName,
        };
        stored.SetState(state);
        return stored;
    }

    private static AssessedObject Assessed(string id, int index, ConjunctionSide side, ConjunctionUpdateObject stored) =>
        new(id, index, side.SourceKind == ConjunctionSources.Elements ? TrajectorySource.ElementSet : TrajectorySource.Ephemeris,
            stored.RtnCovariance, stored.CovarianceSource);

    private static ConjunctionCdmObjectInfo Info(ConjunctionUpdateObject stored) => new()
    {
        ObjectName = stored.ObjectName,
        InternationalDesignator = stored.InternationalDesignator,
        EphemerisName = stored.EphemerisName,
    };
}
