using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>The propagators of one screening run, built from each object's element set (SGP4) and operator ephemeris,
/// with one precedence rule; used by <c>concord screen</c>, the hub's screening, plan screening and geometry.</summary>
/// <remarks>
/// <para><b>Precedence.</b> An operator ephemeris speaks for its object inside its useable interval (CCSDS 502.0-B-3
/// <c>USEABLE_START_TIME</c> to <c>USEABLE_STOP_TIME</c>, both included); outside it the object's element set does. Both
/// trajectories are screened as separate entries, and <see cref="Keeps"/> drops a conjunction found by the element set
/// at a TCA the ephemeris covers, and any pair of an object with itself. An object with only an ephemeris is absent
/// outside its interval.</para>
/// <para><b>Replacements.</b> <see cref="ConjunctionCatalogObject.Replacement"/> (a manoeuvre plan) replaces the object
/// over the whole window, with no fallback.</para>
/// <para>Entries are ordered: element sets in the order of the objects, then ephemerides, then replacements. Immutable;
/// thread-safe.</para>
/// </remarks>
public sealed class ConjunctionCatalog
{
    private readonly ImmutableDictionary<string, (Epoch Start, Epoch Stop)> _ephemerisIntervals;

    private ConjunctionCatalog(ImmutableArray<ConjunctionCatalogEntry> entries, ImmutableArray<ConjunctionCatalogRejection> rejections,
        FrameTransformer frames)
    {
        Entries = entries;
        Rejections = rejections;
        Frames = frames;
        Objects = [.. entries.Select(e => e.Object)];
        _ephemerisIntervals = entries.Where(e => e.Source != TrajectorySource.ElementSet)
            .ToImmutableDictionary(e => e.Id, e => (e.Ephemeris!.UseableStart, e.Ephemeris.UseableStop), StringComparer.Ordinal);
    }

    /// <summary>The entries, in the order of <see cref="Objects"/> (a conjunction's indices refer to both).</summary>
    public ImmutableArray<ConjunctionCatalogEntry> Entries { get; }

    /// <summary>What the screener propagates, one per entry.</summary>
    public ImmutableArray<ScreeningObject> Objects { get; }

    /// <summary>Element sets SGP4 would not start.</summary>
    public ImmutableArray<ConjunctionCatalogRejection> Rejections { get; }

    /// <summary>The rotations used for ephemerides (to TEME) and for CDM states.</summary>
    public FrameTransformer Frames { get; }

    /// <summary>The number of distinct objects (an object with an element set and an ephemeris counts once).</summary>
    public int ObjectCount => Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Builds the catalog.</summary>
    /// <param name="objects">The objects, identifiers distinct.</param>
    /// <param name="frames">Rotations of the ephemerides to TEME.</param>
    /// <exception cref="ArgumentException">Two objects share an identifier, or an ephemeris is Earth-fixed.</exception>
    public static ConjunctionCatalog Create(IReadOnlyList<ConjunctionCatalogObject> objects, FrameTransformer frames)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(frames);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var sets = new List<ConjunctionCatalogEntry>();
        var ephemerides = new List<ConjunctionCatalogEntry>();
        var replacements = new List<ConjunctionCatalogEntry>();
        var rejections = new List<ConjunctionCatalogRejection>();
        for (int i = 0; i < objects.Count; i++)
        {
            ConjunctionCatalogObject o = objects[i];
            if (!ids.Add(o.Id))
            {
                throw new ArgumentException($"Object {o.Id} is given twice.", nameof(objects));
            }

            if (o.Replacement is { } replacement)
            {
                replacements.Add(new ConjunctionCatalogEntry(i, o.Id, ScreeningObject.FromEphemeris(o.Id, replacement, frames),
                    TrajectorySource.Replacement, null, replacement));
                continue;
            }

            Sgp4Elements? accepted = null;
            if (o.Elements is { } elements)
            {
                Sgp4InitResult init = Sgp4Propagator.Create(elements, Sgp4Options.Default);
                if (init.Success)
                {
                    accepted = elements;
                    sets.Add(new ConjunctionCatalogEntry(i, o.Id, ScreeningObject.FromSgp4(o.Id, init.Propagator), TrajectorySource.ElementSet,
                        elements, null));
                }
                else
                {
                    rejections.Add(new ConjunctionCatalogRejection(i, o.Id, init.Error));
                }
            }

            if (o.Ephemeris is { } ephemeris)
            {
                ephemerides.Add(new ConjunctionCatalogEntry(i, o.Id, ScreeningObject.FromEphemeris(o.Id, ephemeris, frames),
                    TrajectorySource.Ephemeris, accepted, ephemeris));
            }
        }

        return new ConjunctionCatalog([.. sets, .. ephemerides, .. replacements], [.. rejections], frames);
    }

    /// <summary>The indices of the entries of <paramref name="id"/> (an element set, an ephemeris, or both).</summary>
    public IEnumerable<int> IndicesOf(string id) =>
        Enumerable.Range(0, Entries.Length).Where(i => string.Equals(Entries[i].Id, id, StringComparison.Ordinal));

    /// <summary>A catalog of only the entries of <paramref name="ids"/> (same precedence; no rejections).</summary>
    public ConjunctionCatalog Subset(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = new HashSet<string>(ids, StringComparer.Ordinal);
        return new ConjunctionCatalog([.. Entries.Where(e => wanted.Contains(e.Id))], [], Frames);
    }

    /// <summary>Whether a conjunction found by the screener stands: two distinct objects, and neither side found by an
    /// element set at a TCA its object's ephemeris covers (the precedence rule in the remarks).</summary>
    public bool Keeps(ScreenedConjunction conjunction)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        ConjunctionCatalogEntry a = Entries[conjunction.PrimaryIndex], b = Entries[conjunction.SecondaryIndex];
        return !string.Equals(a.Id, b.Id, StringComparison.Ordinal) && Speaks(a, conjunction.Tca) && Speaks(b, conjunction.Tca);
    }

    /// <summary>Screens the catalog (<see cref="ConjunctionScreener.Screen"/>) and keeps what <see cref="Keeps"/> keeps;
    /// an empty result when there are fewer than two entries or no primary entry was asked for by a non-empty list.</summary>
    /// <param name="options">The screening options; <see cref="ScreeningOptions.PrimaryIndices"/> are entry indices.</param>
    public ScreeningResult Screen(ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Entries.Length < 2 || options.Stop <= options.Start)
        {
            return new ScreeningResult { Conjunctions = [], Exclusions = [], ObjectCount = Entries.Length, PairCount = 0, CandidateIntervals = 0 };
        }

        ScreeningResult result = ConjunctionScreener.Screen(Objects, options);
        return result with { Conjunctions = [.. result.Conjunctions.Where(Keeps)] };
    }

    private bool Speaks(ConjunctionCatalogEntry entry, Epoch tca) =>
        entry.Source != TrajectorySource.ElementSet || !_ephemerisIntervals.TryGetValue(entry.Id, out var interval)
            || tca < interval.Start || tca > interval.Stop;
}
