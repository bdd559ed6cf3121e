using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Hub.Conjunctions;

namespace Concord.Hub.Catalog;

/// <summary>How far apart the sources (originators) of one object's element sets place it at one instant: the newest set
/// of each originator, propagated with SGP4 to the same instant, compared pairwise (TEME positions).</summary>
/// <param name="MaxKm">The largest pairwise position difference, kilometres.</param>
/// <param name="FirstOriginator">One originator of the pair that differs most (the first in ordinal order).</param>
/// <param name="SecondOriginator">The other originator of that pair.</param>
/// <param name="Sources">Every originator compared (those whose newest set propagates to the instant), in ordinal order.</param>
/// <param name="Disagrees">Whether <paramref name="MaxKm"/> exceeds the threshold (<see cref="CatalogOptions.DisagreementKm"/>).</param>
/// <remarks>A caller that shows this to a viewer passes only the sets released to that viewer (invariant 2: a viewer
/// never learns of a set it may not see). Immutable and thread-safe.</remarks>
public sealed record SourceDisagreement(double MaxKm, string FirstOriginator, string SecondOriginator, IReadOnlyList<string> Sources,
    bool Disagrees)
{
    private const double MetersPerKilometer = 1000.0;

    /// <summary>Compares the sources of one object at <paramref name="at"/>; null when fewer than two originators have a set
    /// that SGP4 propagates to that instant.</summary>
    /// <param name="sets">Element sets of one object (one catalog number), of any originators; the newest by epoch of each
    /// originator is used (equal epochs: the later id, as the catalog orders them).</param>
    /// <param name="at">The instant of the comparison (for example the hub's clock).</param>
    /// <param name="thresholdKm">Differences above this many kilometres disagree; positive.</param>
    /// <exception cref="ArgumentException">The sets are of more than one object (a caller bug).</exception>
    public static SourceDisagreement? Compute(IEnumerable<ElementSet> sets, Epoch at, double thresholdKm)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thresholdKm);
        ElementSet[] all = [.. sets];
        if (all.Select(s => s.CatalogNumber).Distinct().Count() > 1)
        {
            throw new ArgumentException("The element sets are of more than one object.", nameof(sets));
        }

        var positions = new List<(string Originator, Vector3d PositionMeters)>();
        foreach (IGrouping<string, ElementSet> source in all.GroupBy(s => s.Originator, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            ElementSet newest = source.OrderByDescending(s => s.Epoch).ThenByDescending(s => s.Id).First();
            if (PositionAt(newest, at) is { } position)
            {
                positions.Add((source.Key, position));
            }
        }

        if (positions.Count < 2)
        {
            return null;
        }

        double maxMeters = -1.0;
        (string First, string Second) pair = (positions[0].Originator, positions[1].Originator);
        for (int i = 0; i < positions.Count; i++)
        {
            for (int j = i + 1; j < positions.Count; j++)
            {
                double meters = (positions[i].PositionMeters - positions[j].PositionMeters).Length;
                if (meters > maxMeters)
                {
                    maxMeters = meters;
                    pair = (positions[i].Originator, positions[j].Originator);
                }
            }
        }

        double maxKm = maxMeters / MetersPerKilometer;
        return new SourceDisagreement(maxKm, pair.First, pair.Second, [.. positions.Select(p => p.Originator)], maxKm > thresholdKm);
    }

    /// <summary>Whether any of <paramref name="rivals"/> is further than <paramref name="thresholdKm"/> from
    /// <paramref name="used"/> at <paramref name="at"/>: what an event says of the set it used. A set SGP4 refuses cannot
    /// be compared and counts as no disagreement.</summary>
    internal static bool DisagreesWith(ElementSet used, IEnumerable<ElementSet> rivals, Epoch at, double thresholdKm)
    {
        if (PositionAt(used, at) is not { } reference)
        {
            return false;
        }

        return rivals.Any(r => PositionAt(r, at) is { } other && (other - reference).Length > thresholdKm * MetersPerKilometer);
    }

    // The set's SGP4 position at the instant (TEME, metres); null when it does not initialise or propagate there.
    private static Vector3d? PositionAt(ElementSet set, Epoch at)
    {
        if (ScreeningCatalog.Propagator(set) is not { } propagator)
        {
            return null;
        }

        Sgp4StateResult state = propagator.PropagateTo(at);
        return state.Success ? state.State.PositionMeters : null;
    }
}
