using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.ManeuverPlans;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Storage;

/// <summary>The one-time upgrade of rows stored before typed storage (migration <c>TypedTrajectoriesAndAssessments</c>):
/// an OEM segment's archived text and a plan's OEM become their typed ephemeris (<see cref="EphemerisBlob"/>), and an
/// update's stored CDM becomes its typed assessment (<see cref="ConjunctionUpdateAssessment"/>), so that nothing reads
/// CCSDS text back afterwards. Run at start-up after the migrations (the server's initializer).</summary>
/// <remarks>
/// <para>Idempotent: a segment is marked converted (<see cref="EphemerisSegment.TrajectoryConverted"/>), a plan or an
/// update is upgraded only while its typed column is empty, so a second run finds nothing to do. Batched: rows are read
/// and saved <see cref="BatchSize"/> at a time, each batch one write unit under the write gate (other writers wait at
/// most one batch). A text that does not read (never written by a hub) is left as it is: the segment has no ephemeris
/// for screening, the plan is no counterpart, the update has no CDM (<c>conjunction.cdm-not-found</c>), as a text that
/// did not read was before.</para>
/// <para>An update upgraded from its CDM has the states the CDM carried (EME2000, km, rotated back to TEME), so its CDM
/// built on request may differ from the stored text in the last digits of the states; no hard-body radius (the
/// configured one applies, as before); and, without a probability, status
/// <see cref="CollisionProbabilityStatus.MissingCovariance"/> (the CDM does not say why).</para>
/// </remarks>
public sealed class TypedStorageUpgrade(HubDbContext db, HubWriteGate gate)
{
    /// <summary>Rows per batch.</summary>
    public const int BatchSize = 200;

    private const string NoEphemeris = "NONE";
    private const string Unknown = "UNKNOWN";
    private const string Calculated = "CALCULATED";

    /// <summary>Upgrades every legacy row.</summary>
    /// <returns>How many segments, plans and updates were upgraded.</returns>
    public async Task<TypedStorageUpgradeReport> RunAsync(CancellationToken cancellationToken)
    {
        int segments = await InBatchesAsync(
            after => db.EphemerisSegments.Where(s => !s.TrajectoryConverted && s.Id.CompareTo(after) > 0).OrderBy(s => s.Id),
            s => s.Id,
            segment =>
            {
                segment.Trajectory = ScreeningCatalog.ToEphemeris(segment.Text) is { } ephemeris ? EphemerisBlob.Encode(ephemeris) : null;
                segment.TrajectoryConverted = true;
                return true;
            }, cancellationToken).ConfigureAwait(false);
        int plans = await InBatchesAsync(
            after => db.ManeuverPlans.Where(p => p.Trajectory == null && p.Id.CompareTo(after) > 0).OrderBy(p => p.Id),
            p => p.Id,
            plan =>
            {
                plan.Trajectory = ScreeningCatalog.ToEphemeris(plan.OemKvn) is { } ephemeris ? EphemerisBlob.Encode(ephemeris) : null;
                return plan.Trajectory is not null;
            }, cancellationToken).ConfigureAwait(false);
        int updates = await InBatchesAsync(
            after => db.ConjunctionUpdates.Where(u => u.Assessment == null && u.CdmKvn != null && u.Id.CompareTo(after) > 0).OrderBy(u => u.Id),
            u => u.Id,
            update =>
            {
                update.Assessment = FromCdm(update.CdmKvn!);
                return update.Assessment is not null;
            }, cancellationToken).ConfigureAwait(false);
        return new TypedStorageUpgradeReport(segments, plans, updates);
    }

    // Pages through the rows still to upgrade by id (a row left as it was is not read again), one write unit a page.
    private async Task<int> InBatchesAsync<T>(Func<Guid, IQueryable<T>> pending, Func<T, Guid> id, Func<T, bool> upgrade,
        CancellationToken cancellationToken)
        where T : class
    {
        int upgraded = 0;
        Guid after = Guid.Empty;
        while (true)
        {
            List<T> batch;
            await using (HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false))
            {
                batch = await pending(after).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
                upgraded += batch.Count(upgrade);
                await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            db.ChangeTracker.Clear();
            if (batch.Count < BatchSize)
            {
                return upgraded;
            }

            after = id(batch[^1]);
        }
    }

    /// <summary>The typed assessment of a CDM a hub stored (<see cref="ConjunctionUpdate.CdmKvn"/>), or null when it does
    /// not read or lacks what the hub wrote (states, relative state, screening window and volume).</summary>
    public static ConjunctionUpdateAssessment? FromCdm(string kvn)
    {
        ArgumentNullException.ThrowIfNull(kvn);
        CdmReadResult read = CdmReader.Parse(kvn);
        if (!read.Success || read.Messages.Length != 1)
        {
            return null;
        }

        Cdm cdm = read.Messages[0];
        CdmRelativeMetadata relative = cdm.RelativeMetadata;
        FrameTransformer frames = ScreeningCatalog.CreateFrames();
        if (!CdmConverter.TryToCartesianState(cdm, 1, out CartesianState primary, out _)
            || !CdmConverter.TryToCartesianState(cdm, 2, out CartesianState secondary, out _)
            || primary.Frame == ReferenceFrame.Itrf || secondary.Frame == ReferenceFrame.Itrf
            || relative.StartScreenPeriod is not { } start || !start.TryToEpoch(TimeScale.Utc, out Epoch screenStart)
            || relative.StopScreenPeriod is not { } stop || !stop.TryToEpoch(TimeScale.Utc, out Epoch screenStop)
            || relative.ScreenVolumeXMeters is not { } x || relative.ScreenVolumeYMeters is not { } y || relative.ScreenVolumeZMeters is not { } z
            || relative.RelativePositionRMeters is not { } pr || relative.RelativePositionTMeters is not { } pt || relative.RelativePositionNMeters is not { } pn
            || relative.RelativeVelocityRMetersPerSecond is not { } vr || relative.RelativeVelocityTMetersPerSecond is not { } vt
            || relative.RelativeVelocityNMetersPerSecond is not { } vn)
        {
            return null;
        }

        CollisionProbabilityMethod method = Enum.GetValues<CollisionProbabilityMethod>()
            .FirstOrDefault(m => string.Equals(AssessedConjunctionCdm.CdmMethodName(m), relative.CollisionProbabilityMethod, StringComparison.Ordinal));
        var assessment = new ConjunctionUpdateAssessment
        {
            ScreenStart = screenStart,
            ScreenStop = screenStop,
            ScreenVolumeRadialMeters = x,
            ScreenVolumeInTrackMeters = y,
            ScreenVolumeCrossTrackMeters = z,
            HardBodyRadiusMeters = CdmConverter.TryGetHardBodyRadiusMeters(cdm, out double radius) ? radius : null,
            ProbabilityMethod = method,
            ProbabilityStatus = relative.CollisionProbability is null ? CollisionProbabilityStatus.MissingCovariance : CollisionProbabilityStatus.Ok,
            RelativePositionRMeters = pr,
            RelativePositionTMeters = pt,
            RelativePositionNMeters = pn,
            RelativeVelocityRMetersPerSecond = vr,
            RelativeVelocityTMetersPerSecond = vt,
            RelativeVelocityNMetersPerSecond = vn,
            Primary = Object(cdm.Object1, frames.Transform(primary, ReferenceFrame.Teme)),
            Secondary = Object(cdm.Object2, frames.Transform(secondary, ReferenceFrame.Teme)),
        };
        return assessment;
    }

    private static ConjunctionUpdateObject Object(CdmObject cdmObject, CartesianState teme)
    {
        CdmObjectMetadata metadata = cdmObject.Metadata;
        CdmRtnCovariance covariance = cdmObject.Data.RtnCovariance;
        bool placeholder = covariance.Comments.Contains(ConjunctionCdmBuilder.NoCovarianceComment);
        var stored = new ConjunctionUpdateObject
        {
            RtnCovariance = placeholder
                ? default
                : [.. Enumerable.Range(0, CdmRtnCovariance.PositionVelocityTermCount).Select(i => covariance.Term(i) ?? 0.0)],
            CovarianceSource = placeholder ? CovarianceSource.NotUsed
                : string.Equals(metadata.CovarianceMethod.Trim(), Calculated, StringComparison.OrdinalIgnoreCase) ? CovarianceSource.Supplied
                : CovarianceSource.RegimeDefault,
            ObjectName = Named(metadata.ObjectName, Unknown),
            InternationalDesignator = Named(metadata.InternationalDesignator, Unknown),
            EphemerisName = Named(metadata.EphemerisName, NoEphemeris),
        };
        stored.SetState(teme);
        return stored;
    }

    private static string? Named(string? value, string absent) =>
        string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), absent, StringComparison.Ordinal) ? null : value;
}
