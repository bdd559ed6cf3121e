namespace Concord.Hub.Conjunctions;

/// <summary>How the hub screens its catalog (configuration section <c>Concord:Screening</c>). Defaults: 72-hour window,
/// 5 km spherical threshold, Pc thresholds 1e-4 (mitigation) and 1e-7 (attention), 10 m combined hard-body radius.</summary>
public sealed class ConjunctionScreeningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concord:Screening";

    /// <summary>Whether the background screening runs (true by default; a host may turn it off, as the server tests
    /// do where screening is not what they test). When off, submissions still store their
    /// <see cref="ScreeningRequest"/>, which stay pending and are screened once a start with screening on resumes them;
    /// the schedule adds nothing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between two all-on-all screenings of the whole catalog (a stored request with
    /// <see cref="ScreeningRequest.All"/>, reason <see cref="ScreeningRequestReasons.Schedule"/>); 0 turns the schedule
    /// off. Default 60: events of objects nobody resubmits still get their TCA, miss distance and Pc recomputed from the
    /// newest sets, and passed events closed.</summary>
    public int ScheduleMinutes { get; set; } = 60;

    /// <summary>Length of the screening window from the run's "now", hours.</summary>
    public double WindowHours { get; set; } = 72.0;

    /// <summary>Miss-distance threshold (radius of the spherical screening volume), metres.</summary>
    public double ThresholdMeters { get; set; } = 5000.0;

    /// <summary>Pc at or above which an event is <see cref="ConjunctionRiskLevel.High"/>.</summary>
    public double MitigationPc { get; set; } = 1e-4;

    /// <summary>Pc at or above which an event is <see cref="ConjunctionRiskLevel.Attention"/>.</summary>
    public double AttentionPc { get; set; } = 1e-7;

    /// <summary>Combined hard-body radius of the two objects for Pc, metres (objects' real sizes are not known yet).</summary>
    public double HardBodyRadiusMeters { get; set; } = 10.0;

    /// <summary>A re-screened event whose miss distance moved by less than this (metres), whose TCA moved by less than
    /// <see cref="UpdateTcaToleranceSeconds"/>, whose Pc moved by less than <see cref="UpdatePcRelativeTolerance"/> and whose
    /// risk level is the same has not changed: no new update, CDM or notification is stored (default 1 m). A scheduled
    /// re-screening of unchanged element sets reproduces its events to far below a millimetre, while any new tracking
    /// data moves them by metres or more.</summary>
    public double UpdateMissToleranceMeters { get; set; } = 1.0;

    /// <summary>See <see cref="UpdateMissToleranceMeters"/>; seconds (default 0.1 s).</summary>
    public double UpdateTcaToleranceSeconds { get; set; } = 0.1;

    /// <summary>See <see cref="UpdateMissToleranceMeters"/>; relative to the larger Pc (default 0.01, 1 %).</summary>
    public double UpdatePcRelativeTolerance { get; set; } = 0.01;

    /// <summary>Whether a re-screened event changed enough to be recorded and notified (see
    /// <see cref="UpdateMissToleranceMeters"/>): a risk level change always does, and a Pc appearing or vanishing.</summary>
    public bool IsMaterialChange(ConjunctionRiskLevel oldRisk, double oldMissMeters, double oldTcaOffsetSeconds, double? oldPc,
        ConjunctionRiskLevel newRisk, double newMissMeters, double? newPc)
    {
        if (oldRisk != newRisk || Math.Abs(newMissMeters - oldMissMeters) >= UpdateMissToleranceMeters
            || Math.Abs(oldTcaOffsetSeconds) >= UpdateTcaToleranceSeconds || oldPc.HasValue != newPc.HasValue)
        {
            return true;
        }

        double a = oldPc ?? 0.0, b = newPc ?? 0.0, larger = Math.Max(Math.Abs(a), Math.Abs(b));
        return larger > 0.0 && Math.Abs(a - b) >= UpdatePcRelativeTolerance * larger;
    }

    /// <summary>The risk level of <paramref name="pc"/> under these thresholds (<see cref="ConjunctionRiskLevel.Low"/> when null).</summary>
    public ConjunctionRiskLevel RiskLevelOf(double? pc) => pc switch
    {
        { } p when p >= MitigationPc => ConjunctionRiskLevel.High,
        { } p when p >= AttentionPc => ConjunctionRiskLevel.Attention,
        _ => ConjunctionRiskLevel.Low,
    };

    /// <summary>Throws when a value is out of range (a configuration mistake, found at start-up).</summary>
    public void Validate()
    {
        if (!(WindowHours > 0.0) || !(ThresholdMeters > 0.0) || !(HardBodyRadiusMeters >= 0.0)
            || !(MitigationPc > 0.0) || !(AttentionPc > 0.0) || AttentionPc > MitigationPc || ScheduleMinutes < 0
            || !(UpdateMissToleranceMeters >= 0.0) || !(UpdateTcaToleranceSeconds >= 0.0) || !(UpdatePcRelativeTolerance >= 0.0))
        {
            throw new InvalidOperationException(
                $"{Section}: WindowHours and ThresholdMeters must be > 0, HardBodyRadiusMeters >= 0, 0 < AttentionPc <= MitigationPc, ScheduleMinutes >= 0, and the Update*Tolerance* values >= 0.");
        }
    }
}
