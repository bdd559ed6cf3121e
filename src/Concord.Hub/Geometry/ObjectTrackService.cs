using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;

namespace Concord.Hub.Geometry;

/// <summary>Ground tracks and orbits for the console: the caller's newest <i>released</i> element set of an object,
/// propagated with SGP4 (Vallado, Crawford, Hujsak &amp; Kelso 2006), each point with its TEME position, Earth rotation
/// angle and WGS-84 sub-point. The release goes through <see cref="CatalogService.GetLatestAsync"/>, so it is filtered
/// and audited like a GP read.</summary>
public sealed class ObjectTrackService(CatalogService catalog)
{
    /// <summary>Most points one track may have.</summary>
    public const int MaxPoints = 5_000;

    /// <summary>Longest span, minutes (two days).</summary>
    public const double MaxMinutes = 2_880.0;

    /// <summary>Shortest step, seconds.</summary>
    public const double MinStepSeconds = 10.0;

    /// <summary>Longest step, seconds.</summary>
    public const double MaxStepSeconds = 3_600.0;

    private const double MinutesPerDay = 1_440.0;

    /// <summary>The track of <paramref name="catalogNumber"/> from <paramref name="start"/>.</summary>
    /// <param name="viewer">Who asks; only a set released to them is used.</param>
    /// <param name="catalogNumber">The object.</param>
    /// <param name="start">First point.</param>
    /// <param name="minutes">Span in (0, <see cref="MaxMinutes"/>]; null: three revolutions, at least 90 minutes and at
    /// most a day.</param>
    /// <param name="stepSeconds">Step in [<see cref="MinStepSeconds"/>, <see cref="MaxStepSeconds"/>].</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The track, or 404 <c>object.no-elements</c> when no set of the object is released to the viewer (the same
    /// answer whether or not the object exists) or when its set cannot be propagated from the start.</returns>
    public async Task<HubResult<ObjectTrack>> GetAsync(Actor viewer, int catalogNumber, Epoch start, double? minutes, double stepSeconds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (minutes is { } m && !(m > 0.0 && m <= MaxMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, $"in (0, {MaxMinutes}]");
        }

        if (!(stepSeconds >= MinStepSeconds && stepSeconds <= MaxStepSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(stepSeconds), stepSeconds, $"in [{MinStepSeconds}, {MaxStepSeconds}]");
        }

        CatalogRelease release = await catalog.GetLatestAsync(viewer, [catalogNumber], 0, 1, null, cancellationToken).ConfigureAwait(false);
        ElementSet? set = release.Sets.Count == 1 ? release.Sets[0] : null;
        if (set is null || ScreeningCatalog.Propagator(set) is not { } propagator)
        {
            return NoElements(catalogNumber, set is null ? "no element set of it is released to you" : "its element set cannot be propagated");
        }

        double span = minutes ?? Math.Clamp(3.0 * MinutesPerDay / set.MeanMotionRevolutionsPerDay, 90.0, MinutesPerDay);
        int count = Math.Min(MaxPoints, (int)Math.Floor(span * 60.0 / stepSeconds) + 1);
        var points = new List<TrackPoint>(count);
        for (int k = 0; k < count; k++)
        {
            Epoch time = start + Duration.FromSeconds(k * stepSeconds);
            Sgp4StateResult state = propagator.PropagateTo(time);
            if (!state.Success)
            {
                break;
            }

            points.Add(TrackPoint.At(time, state.State.PositionMeters));
        }

        if (points.Count == 0)
        {
            return NoElements(catalogNumber, "its element set cannot be propagated to the start");
        }

        return HubResult<ObjectTrack>.Ok(new ObjectTrack(catalogNumber, string.IsNullOrWhiteSpace(set.ObjectName) ? null : set.ObjectName.Trim(),
            set.Epoch, start, stepSeconds, points));
    }

    private static HubResult<ObjectTrack> NoElements(int catalogNumber, string why) =>
        HubResult<ObjectTrack>.Fail(HubError.Create(HubErrorCodes.ObjectNoElements, HubErrorKind.NotFound,
            $"Object {catalogNumber} has no track: {why}.", catalogNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
