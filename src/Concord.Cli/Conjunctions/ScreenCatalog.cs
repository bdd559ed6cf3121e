using System.Globalization;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Cli.Propagate;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;

namespace Concord.Cli.Conjunctions;

/// <summary>The objects of one <c>concord screen</c> run: element sets from the catalogs (newest epoch kept per
/// catalog number) and operator ephemerides (primaries), in the engine's catalogue (<see cref="ConjunctionCatalog"/>:
/// an ephemeris speaks for its object inside its useable interval, the element set outside it, as in the hub), with the
/// diagnostics to print and the objects left out.</summary>
internal sealed class ScreenCatalog
{
    private readonly List<ConjunctionCdmObjectInfo> _info = [];
    private readonly List<(string File, int Line)> _sources = [];
    private readonly List<string> _ephemerisIds = [];

    private ScreenCatalog()
    {
    }

    /// <summary>The engine's catalogue (one entry per trajectory: an object with an element set and an ephemeris has two).</summary>
    public ConjunctionCatalog Engine { get; private set; } = ConjunctionCatalog.Create([], new FrameTransformer(EarthOrientationParameters.Zero));

    /// <summary>Indices of the entries of the objects that have an ephemeris (always primaries): both their entries.</summary>
    public IReadOnlyList<int> EphemerisIndices => [.. _ephemerisIds.SelectMany(Engine.IndicesOf)];

    /// <summary>Lines for stderr.</summary>
    public List<string> Messages { get; } = [];

    /// <summary>An input file could not be read or is not a catalog or an OEM at all (exit 2).</summary>
    public bool FileError { get; private set; }

    /// <summary>The objects left out before the screening: rejected element sets, objects SGP4 would not start,
    /// unusable OEM segments (not ordered).</summary>
    public List<ScreenExclusion> Exclusions { get; } = [];

    /// <summary>An exclusion of the screener (<see cref="ScreeningResult.Exclusions"/>) with the file and line of its
    /// entry; one at the first sample (<paramref name="start"/>) was never screened, so is excluded from the start.</summary>
    public ScreenExclusion ToExclusion(ScreeningExclusion exclusion, Epoch start)
    {
        (string file, int line) = _sources[exclusion.ObjectIndex];
        Epoch? from = exclusion.From > start ? exclusion.From : null;
        return new ScreenExclusion(exclusion.Id, file, line, from, exclusion.Reason, exclusion.Description);
    }

    /// <summary>The CDM metadata of entry <paramref name="index"/>.</summary>
    public ConjunctionCdmObjectInfo Info(int index) => _info[index];

    /// <summary>The entry indices of <paramref name="id"/> (normalised as <see cref="NormalizeId"/> does); empty when unknown.</summary>
    public IReadOnlyList<int> IndicesOf(string id) => [.. Engine.IndicesOf(NormalizeId(id))];

    /// <summary>A catalog number without leading zeros (<c>00005</c> → <c>5</c>); any other identifier trimmed.</summary>
    public static string NormalizeId(string id)
    {
        string text = id.Trim();
        return text.Length is > 0 and < 10 && !text.AsSpan().ContainsAnyExceptInRange('0', '9')
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : text;
    }

    public static ScreenCatalog Load(IReadOnlyList<string> catalogPaths, IReadOnlyList<string> ephemerisPaths, FrameTransformer frames)
    {
        var catalog = new ScreenCatalog();
        var sets = new Dictionary<string, (ElementSetFile.Entry Entry, string Path)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (string path in catalogPaths)
        {
            ElementSetFile file = ElementSetFile.Load(path);
            catalog.Messages.AddRange(file.OtherMessages);
            catalog.FileError |= !file.IsCatalog;
            catalog.Exclusions.AddRange(file.Rejections.Select(r =>
                new ScreenExclusion(r.NoradId.Length > 0 ? NormalizeId(r.NoradId) : string.Empty, path, r.Line, null, r.Code, r.Description)));
            foreach (ElementSetFile.Entry entry in file.Entries)
            {
                string id = NormalizeId(entry.NoradId);
                if (sets.TryGetValue(id, out var existing))
                {
                    bool newer = entry.Elements.Epoch > existing.Entry.Elements.Epoch;
                    Epoch kept = newer ? entry.Elements.Epoch : existing.Entry.Elements.Epoch;
                    catalog.Messages.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{path}: warning {ScreenErrorCodes.DuplicateObject}: catalog number {id} also in {existing.Path}; keeping the newer element set (epoch {kept.ToIsoString(TimeScale.Utc, 6)})"));
                    if (newer)
                    {
                        sets[id] = (entry, path);
                    }

                    continue;
                }

                sets.Add(id, (entry, path));
                order.Add(id);
            }
        }

        var ephemerides = new Dictionary<string, (Ephemeris Ephemeris, string Path, string Name)>(StringComparer.Ordinal);
        foreach (string path in ephemerisPaths)
        {
            catalog.LoadOem(path, ephemerides);
        }

        order.AddRange(ephemerides.Keys.Where(id => !sets.ContainsKey(id)));
        var objects = new List<ConjunctionCatalogObject>(order.Count);
        foreach (string id in order)
        {
            bool hasSet = sets.TryGetValue(id, out var set);
            bool hasEphemeris = ephemerides.TryGetValue(id, out var ephemeris);
            if (hasSet && hasEphemeris)
            {
                catalog.Messages.Add($"screen: {id}: the ephemeris speaks for the object inside its useable interval, the element set from {set.Path} outside it");
            }

            objects.Add(new ConjunctionCatalogObject { Id = id, Elements = hasSet ? set.Entry.Elements : null, Ephemeris = hasEphemeris ? ephemeris.Ephemeris : null });
            if (hasEphemeris)
            {
                catalog._ephemerisIds.Add(id);
            }
        }

        catalog.Engine = ConjunctionCatalog.Create(objects, frames);
        foreach (ConjunctionCatalogRejection rejection in catalog.Engine.Rejections)
        {
            (ElementSetFile.Entry entry, string path) = sets[rejection.Id];
            catalog.Exclusions.Add(new ScreenExclusion(rejection.Id, path, entry.Line, null, ScreenErrorCodes.Sgp4Initialization,
                string.Create(CultureInfo.InvariantCulture, $"SGP4 cannot start: error {(int)rejection.Error} ({Sgp4ErrorText.Describe(rejection.Error)})")));
        }

        foreach (ConjunctionCatalogEntry entry in catalog.Engine.Entries)
        {
            ConjunctionCdmObjectInfo setInfo = sets.TryGetValue(entry.Id, out var set)
                ? new ConjunctionCdmObjectInfo { ObjectName = NullIfBlank(set.Entry.Name), InternationalDesignator = NullIfBlank(set.Entry.InternationalDesignator) }
                : new ConjunctionCdmObjectInfo();
            if (entry.Source == TrajectorySource.ElementSet)
            {
                catalog._info.Add(setInfo);
                catalog._sources.Add((set.Path, set.Entry.Line));
            }
            else
            {
                var (_, oemPath, name) = ephemerides[entry.Id];
                catalog._info.Add(setInfo with { ObjectName = NullIfBlank(name) ?? setInfo.ObjectName, EphemerisName = Path.GetFileName(oemPath) });
                catalog._sources.Add((oemPath, 0));
            }
        }

        return catalog;
    }

    private void LoadOem(string path, Dictionary<string, (Ephemeris Ephemeris, string Path, string Name)> ephemerides)
    {
        if (!InputFile.TryRead(path, out string text, out string error))
        {
            Messages.Add(error);
            FileError = true;
            return;
        }

        OemReadResult read = OemReader.Parse(text);
        Messages.AddRange(read.Diagnostics.Select(d => d.ToCompilerString(path)));
        if (read.Message is null)
        {
            Messages.Add($"error: {path}: no OEM found");
            FileError = true;
            return;
        }

        OemEphemerisResult mapped = OemConverter.ToEphemerides(read.Message);
        Messages.AddRange(mapped.Diagnostics.Select(d => d.ToCompilerString(path)));
        for (int i = 0; i < mapped.Ephemerides.Length; i++)
        {
            OemMetadata metadata = read.Message.Segments[i].Metadata;
            string id = OemObjectId(metadata);
            string? problem = mapped.Ephemerides[i] switch
            {
                null => "its frame, centre or time system is not supported",
                { Frame: ReferenceFrame.Itrf } => "screening needs an inertial frame (TEME, GCRF or EME2000)",
                _ when ephemerides.ContainsKey(id) => "another segment of the same object came first (segments are not merged)",
                _ => null,
            };
            if (problem is not null)
            {
                Exclusions.Add(new ScreenExclusion(id, path, 0, null, ScreenErrorCodes.EphemerisSegment,
                    string.Create(CultureInfo.InvariantCulture, $"segment {i + 1} cannot be screened: {problem}")));
                continue;
            }

            ephemerides.Add(id, (mapped.Ephemerides[i]!, path, metadata.ObjectName));
        }
    }

    /// <summary>OBJECT_ID when it is a catalog number, else OBJECT_NAME when that is one, else OBJECT_ID as written.</summary>
    private static string OemObjectId(OemMetadata metadata)
    {
        foreach (string candidate in (ReadOnlySpan<string>)[metadata.ObjectId, metadata.ObjectName])
        {
            string id = NormalizeId(candidate);
            if (id.Length > 0 && !id.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                return id;
            }
        }

        return metadata.ObjectId.Trim();
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
