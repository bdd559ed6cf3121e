using System.Globalization;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Hub.Catalog;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Conjunctions;

/// <summary>The objects one screening run sees: for every object the element set that speaks for it and, taking
/// precedence, the newest operator ephemeris (OEM segment, by storage time) whose useable interval overlaps the window.
/// Built per run; not thread-safe.</summary>
/// <remarks><para><b>Who speaks for an object</b> (THREATS invariant 1). A confirmed owner is authoritative: its data and
/// that of the providers it designated (<see cref="ObjectAuthority"/>) are used, an ephemeris only from them, and an
/// element set from another agency only when neither has a set with an epoch within
/// <see cref="ScreeningSourceRules.OwnerDataMaxAgeDays"/>. An object without a confirmed owner takes the newest epoch from
/// anyone. Each entry carries its source (<see cref="ScreeningCatalogEntry.Source"/>) so that every event names the
/// record it used for each object and is released per object.</para>
/// <para><b>Where the ephemeris ends.</b> An ephemeris only covers its useable interval; outside it the screening falls
/// back to the object's element set when it has one (an object with only an ephemeris is simply absent there). Both
/// trajectories are screened, and <see cref="Keeps"/> drops what the element set found while the ephemeris covered the
/// time of closest approach (and the pair of the object with itself), so inside the interval only the operator's
/// trajectory counts and outside it the catalog's does.</para>
/// <para><b>Replacements.</b> A manoeuvre plan replaces an object by its planned ephemeris over the whole window, with no
/// fallback (<see cref="LoadAsync"/>'s <c>replacements</c>).</para>
/// </remarks>
internal sealed class ScreeningCatalog
{
    private readonly List<ScreeningCatalogEntry> _entries = [];
    private readonly Dictionary<int, (Epoch Start, Epoch Stop)> _ephemerisIntervals = [];

    private ScreeningCatalog(FrameTransformer frames) => Frames = frames;

    /// <summary>The rotations used for ephemerides and CDM states.</summary>
    public FrameTransformer Frames { get; }

    /// <summary>One entry per screening object, in the order of <see cref="Objects"/>.</summary>
    public IReadOnlyList<ScreeningCatalogEntry> Entries => _entries;

    /// <summary>The number of distinct objects (an object with an element set and an ephemeris counts once).</summary>
    public int ObjectCount => _entries.Select(e => e.CatalogNumber).Distinct().Count();

    /// <summary>The screening objects.</summary>
    public IReadOnlyList<ScreeningObject> Objects => [.. _entries.Select(e => e.Object)];

    /// <summary>The indices of the entries of <paramref name="catalogNumber"/> (an element set, an ephemeris, or both).</summary>
    public IEnumerable<int> IndicesOf(int catalogNumber) =>
        Enumerable.Range(0, _entries.Count).Where(i => _entries[i].CatalogNumber == catalogNumber);

    /// <summary>Loads the catalog for a window.</summary>
    /// <param name="db">The hub database.</param>
    /// <param name="start">Start of the window.</param>
    /// <param name="stop">End of the window.</param>
    /// <param name="rules">How the record that speaks for each object is chosen.</param>
    /// <param name="replacements">Objects replaced by the given ephemeris over the whole window (manoeuvre plans).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static Task<ScreeningCatalog> LoadAsync(HubDbContext db, Epoch start, Epoch stop, ScreeningSourceRules rules,
        IReadOnlyDictionary<int, (Ephemeris Ephemeris, string Name, ConjunctionSide Source)>? replacements, CancellationToken cancellationToken) =>
        LoadCoreAsync(db, null, start, stop, rules, replacements, cancellationToken);

    /// <summary>The entries of only <paramref name="catalogNumbers"/>, loaded as <see cref="LoadAsync"/> does; nothing else is read.</summary>
    public static Task<ScreeningCatalog> LoadObjectsAsync(HubDbContext db, IReadOnlyCollection<int> catalogNumbers, Epoch start, Epoch stop,
        ScreeningSourceRules rules, CancellationToken cancellationToken) =>
        LoadCoreAsync(db, catalogNumbers, start, stop, rules, null, cancellationToken);

    private static async Task<ScreeningCatalog> LoadCoreAsync(HubDbContext db, IReadOnlyCollection<int>? only, Epoch start, Epoch stop,
        ScreeningSourceRules rules, IReadOnlyDictionary<int, (Ephemeris Ephemeris, string Name, ConjunctionSide Source)>? replacements,
        CancellationToken cancellationToken)
    {
        var catalog = new ScreeningCatalog(new FrameTransformer(EarthOrientationParameters.Zero));
        replacements ??= new Dictionary<int, (Ephemeris, string, ConjunctionSide)>();
        Dictionary<int, ObjectAuthority> authorities = await ObjectAuthority.LoadAsync(db, only, cancellationToken).ConfigureAwait(false);
        Dictionary<int, EphemerisSegment> segments = await NewestSegmentsAsync(db, only, start, stop, authorities, cancellationToken).ConfigureAwait(false);
        (List<ElementSet> chosen, Dictionary<int, ConjunctionSide> sources) =
            await ChooseSetsAsync(db, only, rules, authorities, cancellationToken).ConfigureAwait(false);
        foreach (ElementSet set in chosen)
        {
            if (replacements.ContainsKey(set.CatalogNumber) || Propagator(set) is not { } propagator)
            {
                continue;
            }

            catalog._entries.Add(new ScreeningCatalogEntry(set.CatalogNumber,
                ScreeningObject.FromSgp4(Id(set.CatalogNumber), propagator), set, null, new ConjunctionCdmObjectInfo
                {
                    ObjectName = NullIfBlank(set.ObjectName),
                    InternationalDesignator = NullIfBlank(set.ObjectId),
                }, sources[set.CatalogNumber]));
        }

        foreach ((int number, EphemerisSegment segment) in segments.OrderBy(s => s.Key))
        {
            if (!replacements.ContainsKey(number) && ToEphemeris(segment.Text) is { } ephemeris)
            {
                ConjunctionSide source = Source(ConjunctionSources.Ephemeris, segment.Id, segment.Originator, segment.Marking, segment.RelTo,
                    segment.StoredAt, AuthorityOf(authorities.GetValueOrDefault(number), segment.Originator));
                source.SourceDisagreement = sources.TryGetValue(number, out ConjunctionSide? setSource) && setSource.SourceDisagreement;
                catalog.AddEphemeris(number, ephemeris, $"OEM {segment.Id:D}", NullIfBlank(segment.ObjectName), source);
            }
        }

        foreach ((int number, (Ephemeris ephemeris, string name, ConjunctionSide source)) in replacements.OrderBy(r => r.Key))
        {
            catalog._entries.RemoveAll(e => e.CatalogNumber == number);
            catalog.AddEphemeris(number, ephemeris, name, null, source);
        }

        return catalog;
    }

    /// <summary>The ephemeris of a stored or submitted one-segment OEM, when the screening can use it (an inertial frame,
    /// a supported centre and time system); null otherwise.</summary>
    public static Ephemeris? ToEphemeris(string oemText)
    {
        OemReadResult read = OemReader.Parse(oemText);
        if (read.Message is null || !read.Success)
        {
            return null;
        }

        OemEphemerisResult mapped = OemConverter.ToEphemerides(read.Message);
        return mapped.Ephemerides.Length == 1 && mapped.Ephemerides[0] is { Frame: not ReferenceFrame.Itrf } ephemeris ? ephemeris : null;
    }

    /// <summary>A catalog of only the entries of <paramref name="catalogNumbers"/> (same ephemeris intervals).</summary>
    public ScreeningCatalog Subset(IReadOnlyCollection<int> catalogNumbers)
    {
        var subset = new ScreeningCatalog(Frames);
        var wanted = catalogNumbers as HashSet<int> ?? [.. catalogNumbers];
        subset._entries.AddRange(_entries.Where(e => wanted.Contains(e.CatalogNumber)));
        foreach ((int number, var interval) in _ephemerisIntervals.Where(i => wanted.Contains(i.Key)))
        {
            subset._ephemerisIntervals.Add(number, interval);
        }

        return subset;
    }

    /// <summary>A catalog of the entries of <paramref name="catalogNumber"/> and of the objects whose radial band can come
    /// within <paramref name="marginMeters"/> of its own: the perigee/apogee filter of Hoots, Crawford &amp; Roehrich
    /// (1984, "An analytic method to determine future close approaches between satellites", Celestial Mechanics 33), which
    /// drops pairs whose radial ranges do not overlap. A set's band is a(1 ∓ e) of its mean elements (so the margin must
    /// cover the short-period and drag differences from the osculating radius); an ephemeris's is the range of its
    /// stored radii.</summary>
    public ScreeningCatalog Near(int catalogNumber, double marginMeters)
    {
        (double low, double high)[] bands = [.. _entries.Where(e => e.CatalogNumber == catalogNumber).Select(Band)];
        if (bands.Length == 0)
        {
            return Subset([catalogNumber]);
        }

        double perigee = bands.Min(b => b.low) - marginMeters, apogee = bands.Max(b => b.high) + marginMeters;
        int[] near = [.. _entries.Where(e => e.CatalogNumber == catalogNumber || Overlaps(Band(e), perigee, apogee))
            .Select(e => e.CatalogNumber).Distinct()];
        return Subset(near);
    }

    private static bool Overlaps((double Low, double High) band, double low, double high) => band.Low <= high && band.High >= low;

    private static (double Low, double High) Band(ScreeningCatalogEntry entry)
    {
        if (entry.Ephemeris is { } ephemeris)
        {
            return (ephemeris.PositionsMeters.Min(p => p.Length), ephemeris.PositionsMeters.Max(p => p.Length));
        }

        ElementSet set = entry.Set!;
        double n = set.MeanMotionRevolutionsPerDay * 2.0 * Math.PI / 86400.0;
        double a = TwoBody.SemiMajorAxis(n, EarthConstants.Wgs84GravitationalParameterM3PerS2);
        return (TwoBody.PerigeeRadius(a, set.Eccentricity), TwoBody.ApogeeRadius(a, set.Eccentricity));
    }

    /// <summary>Whether a conjunction found by the screener stands: two distinct objects, and neither side found by an
    /// element set at a time its object's ephemeris covers.</summary>
    public bool Keeps(ScreenedConjunction conjunction)
    {
        ScreeningCatalogEntry a = _entries[conjunction.PrimaryIndex], b = _entries[conjunction.SecondaryIndex];
        return a.CatalogNumber != b.CatalogNumber && Valid(a, conjunction.Tca) && Valid(b, conjunction.Tca);
    }

    private bool Valid(ScreeningCatalogEntry entry, Epoch tca) =>
        entry.Set is null || !_ephemerisIntervals.TryGetValue(entry.CatalogNumber, out var interval)
            || tca < interval.Start || tca > interval.Stop;

    private void AddEphemeris(int number, Ephemeris ephemeris, string name, string? objectName, ConjunctionSide source)
    {
        ScreeningCatalogEntry? set = _entries.Find(e => e.CatalogNumber == number);
        _ephemerisIntervals[number] = (ephemeris.UseableStart, ephemeris.UseableStop);
        _entries.Add(new ScreeningCatalogEntry(number, ScreeningObject.FromEphemeris(Id(number), ephemeris, Frames), set?.Set, ephemeris,
            new ConjunctionCdmObjectInfo
            {
                ObjectName = objectName ?? set?.Info.ObjectName,
                InternationalDesignator = set?.Info.InternationalDesignator,
                EphemerisName = name,
            }, source));
    }

    /// <summary>The source fields of a side.</summary>
    public static ConjunctionSide Source(string kind, Guid id, string originator, Release.Marking marking, IEnumerable<string> relTo,
        DateTimeOffset storedAt, string authority) => new()
        {
            SourceKind = kind,
            SourceId = id,
            SourceOriginator = originator,
            SourceMarking = marking,
            SourceRelTo = [.. relTo],
            SourceStoredAt = storedAt,
            Authority = authority,
        };

    private static string AuthorityOf(ObjectAuthority? authority, string originator) =>
        authority is null ? ConjunctionSources.Unowned
        : string.Equals(authority.Owner, originator, StringComparison.Ordinal) ? ConjunctionSources.Owner
        : authority.IsAuthoritative(originator) ? ConjunctionSources.Provider
        : ConjunctionSources.ThirdParty;

    // The set that speaks for every object (keys first, so that the history is not loaded). A confirmed object: the newest
    // set (by epoch, then storage time) of its owner and designated providers when its epoch is within
    // OwnerDataMaxAgeDays of now, otherwise the newest set from anyone (a third party's observation). Any other object: the
    // newest set from anyone. A source never replaces a newer set of its own: the order is by epoch, not by arrival. Where
    // other originators' newest sets exist, each is compared with the chosen one at Now (SourceDisagreement).
    private static async Task<(List<ElementSet> Chosen, Dictionary<int, ConjunctionSide> Sources)> ChooseSetsAsync(HubDbContext db,
        IReadOnlyCollection<int>? only, ScreeningSourceRules rules, Dictionary<int, ObjectAuthority> authorities, CancellationToken cancellationToken)
    {
        IQueryable<ElementSet> rows = db.ElementSets.AsNoTracking();
        if (only is not null)
        {
            rows = rows.Where(e => only.Contains(e.CatalogNumber));
        }

        var keys = await rows
            .Select(e => new SetKey(e.Id, e.CatalogNumber, e.Epoch, e.StoredAt, e.Originator))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Epoch freshFrom = rules.Now - Duration.FromDays(rules.OwnerDataMaxAgeDays);
        var chosen = new Dictionary<int, SetKey>();
        var others = new Dictionary<int, SetKey[]>();
        foreach (IGrouping<int, SetKey> group in keys.GroupBy(k => k.CatalogNumber))
        {
            SetKey[] newestFirst = [.. group.OrderByDescending(k => k.Epoch).ThenByDescending(k => k.StoredAt).ThenByDescending(k => k.Id)];
            SetKey pick = newestFirst[0];
            if (authorities.TryGetValue(group.Key, out ObjectAuthority? authority)
                && Array.Find(newestFirst, k => authority.IsAuthoritative(k.Originator)) is { } own && own.Epoch >= freshFrom)
            {
                pick = own;
            }

            chosen[group.Key] = pick;
            SetKey[] rivals = [.. newestFirst.Where(k => k.Originator != pick.Originator).DistinctBy(k => k.Originator)];
            if (rivals.Length > 0)
            {
                others[group.Key] = rivals;
            }
        }

        Guid[] wanted = [.. chosen.Values.Select(k => k.Id), .. others.Values.SelectMany(r => r).Select(k => k.Id)];
        Dictionary<Guid, ElementSet> sets = await db.ElementSets.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);
        var sources = new Dictionary<int, ConjunctionSide>(chosen.Count);
        foreach ((int number, SetKey key) in chosen)
        {
            ElementSet set = sets[key.Id];
            ConjunctionSide source = Source(ConjunctionSources.Elements, set.Id, set.Originator, set.Marking, set.RelTo, set.StoredAt,
                AuthorityOf(authorities.GetValueOrDefault(number), set.Originator));
            source.SourceDisagreement = others.TryGetValue(number, out SetKey[]? rivals)
                && SourceDisagreement.DisagreesWith(set, [.. rivals.Select(r => sets[r.Id])], rules.Now, rules.DisagreementKm);
            sources[number] = source;
        }

        return ([.. chosen.Values.Select(k => sets[k.Id]).OrderBy(s => s.CatalogNumber)], sources);
    }

    private sealed record SetKey(Guid Id, int CatalogNumber, Epoch Epoch, DateTimeOffset StoredAt, string Originator);

    // The newest segment (by storage time) of every mapped object whose useable interval overlaps the window; only its
    // text is loaded, and only for the newest.
    private static async Task<Dictionary<int, EphemerisSegment>> NewestSegmentsAsync(HubDbContext db, IReadOnlyCollection<int>? only,
        Epoch start, Epoch stop, Dictionary<int, ObjectAuthority> authorities, CancellationToken cancellationToken)
    {
        IQueryable<EphemerisSegment> rows = db.EphemerisSegments.AsNoTracking();
        if (only is not null)
        {
            rows = rows.Where(s => s.CatalogNumber != null && only.Contains(s.CatalogNumber.Value));
        }

        var keys = await rows
            .Where(s => s.CatalogNumber != null && s.UseableStop > start && s.UseableStart < stop)
            .Select(s => new { s.Id, s.CatalogNumber, s.StoredAt, s.Originator })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // An operator ephemeris of a confirmed object counts only from its owner or a designated provider.
        Guid[] newest = [.. keys.Where(k => !authorities.TryGetValue(k.CatalogNumber!.Value, out ObjectAuthority? authority) || authority.IsAuthoritative(k.Originator))
            .GroupBy(k => k.CatalogNumber).Select(g => g.OrderByDescending(k => k.StoredAt).ThenByDescending(k => k.Id).First().Id)];
        if (newest.Length == 0)
        {
            return [];
        }

        List<EphemerisSegment> segments = await db.EphemerisSegments.AsNoTracking().Where(s => newest.Contains(s.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return segments.ToDictionary(s => s.CatalogNumber!.Value);
    }

    private static string Id(int catalogNumber) => catalogNumber.ToString(CultureInfo.InvariantCulture);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The SGP4 propagator of a stored set, or null when its elements do not initialise.</summary>
    public static Sgp4Propagator? Propagator(ElementSet set)
    {
        ParseResult<Sgp4Elements> elements = OmmConverter.ToSgp4Elements(ElementSetMapping.ToOmm(set, DateTimeOffset.UnixEpoch));
        if (elements.Value is null)
        {
            return null;
        }

        Sgp4InitResult init = Sgp4Propagator.Create(elements.Value, Sgp4Options.Default);
        return init.Success ? init.Propagator : null;
    }
}
