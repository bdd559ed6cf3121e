using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
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
/// <para><b>Trajectories.</b> The chosen records go to the engine's catalogue (<see cref="ConjunctionCatalog"/>): element
/// set columns straight to SGP4 elements, and its one precedence rule (the ephemeris inside its useable interval, the
/// element set outside it). A manoeuvre plan replaces an object by its planned ephemeris over the whole window, with no
/// fallback (<see cref="LoadAsync"/>'s <c>replacements</c>).</para>
/// </remarks>
internal sealed class ScreeningCatalog
{
    // What the hub knows of each object beyond its trajectories: the CDM metadata and the record behind each entry.
    private readonly Dictionary<int, ObjectRecords> _records;

    private ScreeningCatalog(ConjunctionCatalog engine, Dictionary<int, ObjectRecords> records)
    {
        Engine = engine;
        _records = records;
        Entries = [.. engine.Entries.Select(ToEntry)];
    }

    /// <summary>The engine's catalogue (propagators, precedence, Pc): screening runs on it.</summary>
    public ConjunctionCatalog Engine { get; }

    /// <summary>The rotations used for ephemerides and CDM states.</summary>
    public FrameTransformer Frames => Engine.Frames;

    /// <summary>One entry per engine entry, in the same order (a conjunction's indices refer to both).</summary>
    public IReadOnlyList<ScreeningCatalogEntry> Entries { get; }

    /// <summary>The number of distinct objects (an object with an element set and an ephemeris counts once).</summary>
    public int ObjectCount => Engine.ObjectCount;

    /// <summary>The indices of the entries of <paramref name="catalogNumber"/> (an element set, an ephemeris, or both).</summary>
    public IEnumerable<int> IndicesOf(int catalogNumber) => Engine.IndicesOf(Id(catalogNumber));

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
        replacements ??= new Dictionary<int, (Ephemeris, string, ConjunctionSide)>();
        Dictionary<int, ObjectAuthority> authorities = await ObjectAuthority.LoadAsync(db, only, cancellationToken).ConfigureAwait(false);
        Dictionary<int, SegmentRow> segments = await NewestSegmentsAsync(db, only, start, stop, authorities, cancellationToken).ConfigureAwait(false);
        (List<ElementSet> chosen, Dictionary<int, ConjunctionSide> sources) =
            await ChooseSetsAsync(db, only, rules, authorities, cancellationToken).ConfigureAwait(false);
        var records = new Dictionary<int, ObjectRecords>();
        foreach (ElementSet set in chosen)
        {
            records[set.CatalogNumber] = new ObjectRecords
            {
                Set = set,
                SetSource = sources[set.CatalogNumber],
                SetInfo = new ConjunctionCdmObjectInfo { ObjectName = NullIfBlank(set.ObjectName), InternationalDesignator = NullIfBlank(set.ObjectId) },
            };
        }

        foreach ((int number, SegmentRow segment) in segments)
        {
            if (!replacements.ContainsKey(number) && segment.Trajectory is { } trajectory)
            {
                ConjunctionSide source = Source(ConjunctionSources.Ephemeris, segment.Id, segment.Originator, segment.Marking, segment.RelTo,
                    segment.StoredAt, AuthorityOf(authorities.GetValueOrDefault(number), segment.Originator));
                source.SourceDisagreement = sources.TryGetValue(number, out ConjunctionSide? setSource) && setSource.SourceDisagreement;
                ObjectRecords record = records.TryGetValue(number, out ObjectRecords? existing) ? existing : records[number] = new ObjectRecords();
                record.Ephemeris = EphemerisBlob.Decode(trajectory);
                record.EphemerisSource = source;
                record.EphemerisInfo = new ConjunctionCdmObjectInfo
                {
                    ObjectName = NullIfBlank(segment.ObjectName) ?? record.SetInfo?.ObjectName,
                    InternationalDesignator = record.SetInfo?.InternationalDesignator,
                    EphemerisName = $"OEM {segment.Id:D}",
                };
            }
        }

        foreach ((int number, (Ephemeris ephemeris, string name, ConjunctionSide source)) in replacements)
        {
            records[number] = new ObjectRecords
            {
                Ephemeris = ephemeris,
                EphemerisSource = source,
                EphemerisInfo = new ConjunctionCdmObjectInfo { EphemerisName = name },
                IsReplacement = true,
            };
        }

        ConjunctionCatalogObject[] objects = [.. records.OrderBy(r => r.Key).Select(r => new ConjunctionCatalogObject
        {
            Id = Id(r.Key),
            Elements = r.Value.Set is { } set ? ElementSetMapping.ToSgp4Elements(set) : null,
            Ephemeris = r.Value.IsReplacement ? null : r.Value.Ephemeris,
            Replacement = r.Value.IsReplacement ? r.Value.Ephemeris : null,
        })];
        return new ScreeningCatalog(ConjunctionCatalog.Create(objects, CreateFrames()), records);
    }

    /// <summary>The rotations the hub's screening uses (no Earth orientation data: TEME, GCRF and EME2000 only), also
    /// for the CDMs it builds (<see cref="ConjunctionUpdateCdm"/>).</summary>
    public static FrameTransformer CreateFrames() => new(EarthOrientationParameters.Zero);

    /// <summary>The ephemeris of each segment of <paramref name="oem"/> when screening can use it (an inertial frame, a
    /// supported centre, time system and interpolation), else null: what the hub stores typed
    /// (<see cref="EphemerisSegment.Trajectory"/>, <see cref="ManeuverPlans.ManeuverPlan.Trajectory"/>).</summary>
    public static Ephemeris?[] ScreenableEphemerides(Oem oem) =>
        [.. OemConverter.ToEphemerides(oem).Ephemerides.Select(e => e is { Frame: not ReferenceFrame.Itrf } ? e : null)];

    /// <summary>The ephemeris of a one-segment OEM in text, as <see cref="ScreenableEphemerides"/> maps it; null when the
    /// text does not read or screening cannot use it. Only the upgrade of rows stored before typed storage
    /// (<see cref="Storage.TypedStorageUpgrade"/>) reads stored text.</summary>
    public static Ephemeris? ToEphemeris(string oemText)
    {
        OemReadResult read = OemReader.Parse(oemText);
        if (read.Message is null || !read.Success)
        {
            return null;
        }

        Ephemeris?[] mapped = ScreenableEphemerides(read.Message);
        return mapped.Length == 1 ? mapped[0] : null;
    }

    /// <summary>A catalog of only the entries of <paramref name="catalogNumbers"/> (same precedence).</summary>
    public ScreeningCatalog Subset(IReadOnlyCollection<int> catalogNumbers) =>
        new(Engine.Subset([.. catalogNumbers.Select(Id)]), _records);

    /// <summary>A catalog of the entries of <paramref name="catalogNumber"/> and of the objects whose radial band can come
    /// within <paramref name="marginMeters"/> of its own (<see cref="ApogeePerigeeFilter.Near"/>).</summary>
    public ScreeningCatalog Near(int catalogNumber, double marginMeters) =>
        new(ApogeePerigeeFilter.Near(Engine, Id(catalogNumber), marginMeters), _records);

    /// <summary>The part worth screening against <paramref name="primaries"/> (<see cref="ApogeePerigeeFilter.Candidates"/>).</summary>
    public ScreeningCatalog Candidates(IReadOnlyCollection<int> primaries, Epoch start, Epoch stop, double thresholdMeters) =>
        new(ApogeePerigeeFilter.Candidates(Engine, [.. primaries.Select(Id)], start, stop, thresholdMeters), _records);

    /// <summary>Screens <paramref name="primaries"/> (catalog numbers) against the catalog over
    /// [<paramref name="start"/>, <paramref name="stop"/>] in a sphere of <paramref name="meters"/>, keeping what the
    /// engine's precedence rule keeps; nothing when no primary is in the catalog or the window is empty.</summary>
    public ImmutableArray<ScreenedConjunction> Screen(IEnumerable<int> primaries, Epoch start, Epoch stop, double meters)
    {
        int[] indices = [.. primaries.Distinct().SelectMany(IndicesOf).Order()];
        return indices.Length == 0 || stop <= start
            ? []
            : Engine.Screen(new ScreeningOptions { Start = start, Stop = stop, Volume = ScreeningVolume.Sphere(meters), PrimaryIndices = indices })
                .Conjunctions;
    }

    private ScreeningCatalogEntry ToEntry(ConjunctionCatalogEntry entry)
    {
        int number = int.Parse(entry.Id, NumberStyles.None, CultureInfo.InvariantCulture);
        ObjectRecords record = _records[number];
        return entry.Source == TrajectorySource.ElementSet
            ? new ScreeningCatalogEntry(number, entry, record.Set, record.SetInfo!, record.SetSource!)
            : new ScreeningCatalogEntry(number, entry, record.Set, record.EphemerisInfo!, record.EphemerisSource!);
    }

    private sealed class ObjectRecords
    {
        public ElementSet? Set { get; init; }

        public ConjunctionSide? SetSource { get; init; }

        public ConjunctionCdmObjectInfo? SetInfo { get; init; }

        public Ephemeris? Ephemeris { get; set; }

        public ConjunctionSide? EphemerisSource { get; set; }

        public ConjunctionCdmObjectInfo? EphemerisInfo { get; set; }

        public bool IsReplacement { get; init; }
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

    private sealed record SegmentRow(Guid Id, int CatalogNumber, string ObjectName, string Originator, Release.Marking Marking,
        List<string> RelTo, DateTimeOffset StoredAt, byte[]? Trajectory);

    // The newest segment (by storage time) of every mapped object whose useable interval overlaps the window; only its
    // typed states are loaded (not the archived text), and only for the newest.
    private static async Task<Dictionary<int, SegmentRow>> NewestSegmentsAsync(HubDbContext db, IReadOnlyCollection<int>? only,
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

        List<SegmentRow> segments = await db.EphemerisSegments.AsNoTracking().Where(s => newest.Contains(s.Id))
            .Select(s => new SegmentRow(s.Id, s.CatalogNumber!.Value, s.ObjectName, s.Originator, s.Marking, s.RelTo, s.StoredAt, s.Trajectory))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return segments.ToDictionary(s => s.CatalogNumber);
    }

    private static string Id(int catalogNumber) => catalogNumber.ToString(CultureInfo.InvariantCulture);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The SGP4 propagator of a stored set (its columns mapped straight to SGP4 elements), or null when its
    /// elements do not initialise.</summary>
    public static Sgp4Propagator? Propagator(ElementSet set)
    {
        Sgp4InitResult init = Sgp4Propagator.Create(ElementSetMapping.ToSgp4Elements(set), Sgp4Options.Default);
        return init.Success ? init.Propagator : null;
    }
}
