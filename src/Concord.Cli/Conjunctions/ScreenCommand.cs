using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;

namespace Concord.Cli.Conjunctions;

/// <summary><c>concord screen CATALOG... [--primaries ID,ID|@FILE] [--ephemeris OEM...] --start ISO
/// (--duration 7d | --stop ISO) (--threshold-km X | --volume-km R,T,N) [--out FILE.csv] [--cdm-dir DIR]
/// [--step-s S] [--threads N] [--exclusions FILE.csv] [--strict]</c>: conjunction screening
/// (<see cref="ConjunctionScreener"/>) with CSV output and optionally one CDM per conjunction.</summary>
/// <remarks>
/// <para>Catalogs are TLE/3LE or OMM in any encoding; a catalog number found twice keeps its newest epoch (warning).
/// OEM segments are primaries; as in the hub, an ephemeris speaks for its object inside its useable interval and the
/// element set of the same object outside it (<see cref="ConjunctionCatalog"/>). With neither <c>--primaries</c> nor
/// <c>--ephemeris</c> the screen is all-on-all. Pc, covariances and CDMs come from the engine
/// (<see cref="ConjunctionAssessor"/>, <see cref="AssessedConjunctionCdm"/>), as the hub's do.</para>
/// <para>Objects the screen had to leave out, whatever the stage, make one list (<see cref="ScreenExclusion"/>):
/// element sets rejected when reading (their diagnostic code), objects SGP4 would not start, unusable OEM segments,
/// and objects that left the screening during the window (decay, SGP4 error, unphysical state, end of ephemeris).
/// stderr gets a summary by reason and the first few (<see cref="ScreenExclusionReport"/>); <c>--exclusions</c>
/// writes them all as CSV.</para>
/// <para>Exit codes: 0 the screening completed, exclusions or not; 1 a primary is unknown (nothing screened), or
/// <c>--strict</c> and anything was excluded (everything is still written); 2 usage error, or an input file that
/// cannot be read or is not a catalog (or an OEM) at all; 3 the CSV, a CDM or the exclusions cannot be written.</para>
/// </remarks>
internal static class ScreenCommand
{
    /// <summary>The CSV header, exactly as the contract states it.</summary>
    public const string Header = "primary_id,secondary_id,tca_utc,miss_km,rel_speed_km_s,radial_km,in_track_km,cross_track_km,pc,pc_method";

    private const double MetersPerKilometer = 1000.0;
    private const double SecondsPerMinute = 60.0;
    private const double SecondsPerHour = 3600.0;
    private const double SecondsPerDay = 86400.0;
    private const double MinStepSeconds = 10.0;
    private const double MaxStepSeconds = 300.0;

    /// <summary>The method names accepted by <c>--pc-method</c>, and the engine's method of each.</summary>
    private static readonly Dictionary<string, CollisionProbabilityMethod> s_methods = new(StringComparer.Ordinal)
    {
        ["foster"] = CollisionProbabilityMethod.Foster2D,
        ["chan"] = CollisionProbabilityMethod.Chan,
        ["alfano-max"] = CollisionProbabilityMethod.AlfanoMaximum,
        ["monte-carlo"] = CollisionProbabilityMethod.MonteCarlo,
    };

    /// <summary>Creates the command; CDM creation dates come from <paramref name="time"/> (the system clock by default).</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider? time = null)
    {
        var catalogs = new Argument<string[]>("CATALOG") { Description = "Element sets: TLE/3LE or OMM (KVN, XML, JSON, CSV).", Arity = ArgumentArity.OneOrMore };
        var primaries = new Option<string?>("--primaries") { Description = "Primary catalog numbers: ID,ID,… or @FILE (one per line, # comments)." };
        var ephemeris = new Option<string[]>("--ephemeris") { Description = "Operator OEMs: each segment is a primary and speaks for its object inside its useable interval (the element set outside it).", AllowMultipleArgumentsPerToken = true };
        var start = new Option<string?>("--start") { Description = "Start of the window, UTC (ISO 8601, e.g. 2026-03-09T18:00:00Z)." };
        var duration = new Option<string?>("--duration") { Description = "Length of the window: 7d, 36h, 90m or 3600s." };
        var stop = new Option<string?>("--stop") { Description = "End of the window, UTC (instead of --duration)." };
        var threshold = new Option<double?>("--threshold-km") { Description = "Spherical screening volume: miss-distance threshold, km." };
        var volume = new Option<string?>("--volume-km") { Description = "Ellipsoidal screening volume: R,T,N semi-axes in the primary's RTN axes, km." };
        var output = new Option<string?>("--out") { Description = "Write the CSV to this file instead of stdout." };
        var cdmDirectory = new Option<string?>("--cdm-dir") { Description = "Also write one CDM (KVN, CCSDS 508.0-B-1) per conjunction to this folder." };
        var step = new Option<double?>("--step-s") { Description = "Filter sampling step, 10 to 300 s (speed only; default 90)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all processors)." };
        var hbr = new Option<double?>("--hbr-m") { Description = "Combined hard-body radius, m: also compute each conjunction's Pc (default covariances per orbit regime, flagged in pc_method)." };
        var pcMethod = new Option<string>("--pc-method") { Description = "foster (default), chan, alfano-max (covariance-free maximum) or monte-carlo.", DefaultValueFactory = _ => "foster" };
        pcMethod.AcceptOnlyFromAmong([.. s_methods.Keys]);
        var seed = new Option<ulong>("--seed") { Description = "Seed of the monte-carlo method (default 1).", DefaultValueFactory = _ => 1UL };
        var exclusions = new Option<string?>("--exclusions") { Description = "Write every excluded object (rejected element set, SGP4 failure, decay, unusable OEM segment) to this CSV file." };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when any object was excluded (default: exit 0 once the screening completed)." };
        var command = new Command("screen", "Screen element sets and ephemerides for close approaches; CSV on stdout, optional CDMs. "
            + "Exit codes: 0 screened (exclusions are summarised on stderr); 1 unknown primary, or --strict and an object was excluded; "
            + "2 usage error, or an input file that cannot be read or is not a catalog; 3 an output cannot be written.")
        {
            catalogs, primaries, ephemeris, start, duration, stop, threshold, volume, output, cdmDirectory, step, threads, hbr, pcMethod, seed,
            exclusions, strict,
        };
        command.SetAction(parse =>
        {
            if (!TryReadRequest(parse, start, duration, stop, threshold, volume, step, threads, out Request? request, out string error))
            {
                stderr.WriteLine($"error: {error}");
                stderr.WriteLine("Run 'concord screen --help' for usage.");
                return ExitCodes.Usage;
            }

            request = request! with
            {
                Catalogs = parse.GetValue(catalogs)!,
                Ephemerides = parse.GetValue(ephemeris) ?? [],
                Primaries = parse.GetValue(primaries),
                OutputPath = parse.GetValue(output),
                CdmDirectory = parse.GetValue(cdmDirectory),
                HardBodyRadiusMeters = parse.GetValue(hbr),
                PcMethod = parse.GetValue(pcMethod)!,
                Seed = parse.GetValue(seed),
                ExclusionsPath = parse.GetValue(exclusions),
                Strict = parse.GetValue(strict),
            };
            if (request.HardBodyRadiusMeters is { } radius && (!double.IsFinite(radius) || radius < 0.0))
            {
                stderr.WriteLine("error: --hbr-m must be a finite number of metres ≥ 0");
                return ExitCodes.Usage;
            }

            return Run(request, stdout, stderr, time ?? TimeProvider.System);
        });
        return command;
    }

    private sealed record Request(Epoch Start, Epoch Stop, ScreeningVolume Volume, Duration Step, int Threads)
    {
        public IReadOnlyList<string> Catalogs { get; init; } = [];

        public IReadOnlyList<string> Ephemerides { get; init; } = [];

        public string? Primaries { get; init; }

        public string? OutputPath { get; init; }

        public string? CdmDirectory { get; init; }

        public double? HardBodyRadiusMeters { get; init; }

        public string PcMethod { get; init; } = "foster";

        public ulong Seed { get; init; } = 1UL;

        public string? ExclusionsPath { get; init; }

        public bool Strict { get; init; }

        /// <summary>The assessment of every conjunction (in parallel; same order) when <c>--hbr-m</c> was given, else null.</summary>
        public AssessedConjunction[]? Probabilities(ScreeningResult result, ConjunctionCatalog catalog)
        {
            if (HardBodyRadiusMeters is not { } radius)
            {
                return null;
            }

            var options = new ConjunctionAssessmentOptions { HardBodyRadiusMeters = radius, Method = s_methods[PcMethod], Seed = Seed };
            var results = new AssessedConjunction[result.Conjunctions.Length];
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
                results[i] = ConjunctionAssessor.Assess(result.Conjunctions[i], catalog, options));
            return results;
        }
    }

    private static bool TryReadRequest(ParseResult parse, Option<string?> start, Option<string?> duration, Option<string?> stop,
        Option<double?> threshold, Option<string?> volume, Option<double?> step, Option<int?> threads, out Request? request, out string error)
    {
        request = null;
        string? startText = parse.GetValue(start);
        string? durationText = parse.GetValue(duration);
        string? stopText = parse.GetValue(stop);
        double? thresholdKm = parse.GetValue(threshold);
        string? volumeText = parse.GetValue(volume);
        if (startText is null)
        {
            error = "--start is required";
            return false;
        }

        if (!Epoch.TryParseIso(startText, TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out Epoch startEpoch))
        {
            error = $"--start: '{startText}' is not an ISO 8601 UTC date";
            return false;
        }

        if ((durationText is null) == (stopText is null))
        {
            error = "give exactly one of --duration and --stop";
            return false;
        }

        Epoch stopEpoch;
        if (durationText is not null)
        {
            if (!TryParseDuration(durationText, out Duration length))
            {
                error = $"--duration: '{durationText}' is not a positive duration such as 7d, 36h, 90m or 3600s";
                return false;
            }

            stopEpoch = startEpoch + length;
        }
        else if (!Epoch.TryParseIso(stopText!, TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out stopEpoch))
        {
            error = $"--stop: '{stopText}' is not an ISO 8601 UTC date";
            return false;
        }

        if (stopEpoch <= startEpoch)
        {
            error = "the window must end after it starts";
            return false;
        }

        if ((thresholdKm is null) == (volumeText is null))
        {
            error = "give exactly one of --threshold-km and --volume-km";
            return false;
        }

        ScreeningVolume screeningVolume;
        if (thresholdKm is { } radiusKm)
        {
            if (!double.IsFinite(radiusKm) || radiusKm <= 0.0)
            {
                error = "--threshold-km must be a finite number of km > 0";
                return false;
            }

            screeningVolume = ScreeningVolume.Sphere(radiusKm * MetersPerKilometer);
        }
        else if (!TryParseVolume(volumeText!, out screeningVolume!))
        {
            error = $"--volume-km: '{volumeText}' is not three semi-axes R,T,N in km, each > 0";
            return false;
        }

        double stepSeconds = parse.GetValue(step) ?? ScreeningOptions.DefaultSampleStep.TotalSeconds;
        if (!(stepSeconds >= MinStepSeconds && stepSeconds <= MaxStepSeconds))
        {
            error = "--step-s must be between 10 and 300 seconds";
            return false;
        }

        int threadCount = parse.GetValue(threads) ?? Environment.ProcessorCount;
        if (threadCount < 1)
        {
            error = "--threads must be at least 1";
            return false;
        }

        request = new Request(startEpoch, stopEpoch, screeningVolume, Duration.FromSeconds(stepSeconds), threadCount);
        error = string.Empty;
        return true;
    }

    /// <summary>Parses <c>7d</c>, <c>36h</c>, <c>90m</c>, <c>3600s</c> (decimals allowed, e.g. <c>1.5d</c>).</summary>
    internal static bool TryParseDuration(string text, out Duration duration)
    {
        duration = Duration.Zero;
        string trimmed = text.Trim();
        if (trimmed.Length < 2)
        {
            return false;
        }

        double unitSeconds = char.ToLowerInvariant(trimmed[^1]) switch
        {
            'd' => SecondsPerDay,
            'h' => SecondsPerHour,
            'm' => SecondsPerMinute,
            's' => 1.0,
            _ => double.NaN,
        };
        if (double.IsNaN(unitSeconds)
            || !double.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double count)
            || !double.IsFinite(count) || count <= 0.0)
        {
            return false;
        }

        duration = Duration.FromSeconds(count * unitSeconds);
        return duration > Duration.Zero;
    }

    private static bool TryParseVolume(string text, out ScreeningVolume? volume)
    {
        volume = null;
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3)
        {
            return false;
        }

        var axes = new double[3];
        for (int i = 0; i < 3; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out axes[i]) || !double.IsFinite(axes[i]) || axes[i] <= 0.0)
            {
                return false;
            }
        }

        volume = new ScreeningVolume(axes[0] * MetersPerKilometer, axes[1] * MetersPerKilometer, axes[2] * MetersPerKilometer);
        return true;
    }

    private static int Run(Request request, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var clock = Stopwatch.StartNew();
        var frames = new FrameTransformer(EarthOrientationParameters.Zero);
        ScreenCatalog catalog = ScreenCatalog.Load(request.Catalogs, request.Ephemerides, frames);
        foreach (string line in catalog.Messages)
        {
            stderr.WriteLine(line);
        }

        if (catalog.FileError)
        {
            return ExitCodes.Usage;
        }

        if (!TryPrimaryIndices(request.Primaries, catalog, stderr, out List<int> primaryIndices, out int primaryExit))
        {
            return primaryExit;
        }

        foreach (int index in catalog.EphemerisIndices)
        {
            if (!primaryIndices.Contains(index))
            {
                primaryIndices.Add(index);
            }
        }

        primaryIndices.Sort(); // the hub's order too, so that both run the screener on the same input

        // An empty list means all-on-all (ScreeningOptions.PrimaryIndices).
        var options = new ScreeningOptions
        {
            Start = request.Start,
            Stop = request.Stop,
            Volume = request.Volume,
            PrimaryIndices = primaryIndices,
            SampleStep = request.Step,
            ThreadCount = request.Threads,
            Progress = new ProgressLine(stderr, clock),
        };
        ScreeningResult result = catalog.Engine.Screen(options);
        List<ScreenExclusion> exclusions = ScreenExclusionReport.Order(catalog.Exclusions.Concat(result.Exclusions.Select(e => catalog.ToExclusion(e, request.Start))));
        AssessedConjunction[]? probabilities = request.Probabilities(result, catalog.Engine);
        if (!TryWriteCsv(result, request, probabilities, stdout, stderr)
            || !TryWriteCdms(result, request, probabilities, catalog, frames, time, stderr)
            || (request.ExclusionsPath is { } exclusionsPath && !ScreenExclusionReport.TryWriteCsv(exclusions, exclusionsPath, stderr)))
        {
            return ExitCodes.Failure;
        }

        ScreenExclusionReport.WriteSummary(exclusions, request.ExclusionsPath, stderr);
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"screen: {catalog.Engine.ObjectCount} objects, {result.PairCount} pairs, {result.Conjunctions.Length} conjunctions, {clock.Elapsed.TotalSeconds:F1} s"));
        return request.Strict && exclusions.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    private static bool TryPrimaryIndices(string? primaries, ScreenCatalog catalog, TextWriter stderr, out List<int> indices, out int exit)
    {
        indices = [];
        exit = ExitCodes.Ok;
        if (primaries is null)
        {
            return true;
        }

        string source = "--primaries";
        IEnumerable<string> ids;
        if (primaries.StartsWith('@'))
        {
            source = primaries[1..];
            try
            {
                ids = File.ReadAllLines(source)
                    .Select(line => line.IndexOf('#', StringComparison.Ordinal) is int hash and >= 0 ? line[..hash] : line)
                    .SelectMany(line => line.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"error: {source}: cannot read: {ex.Message}");
                exit = ExitCodes.Usage;
                return false;
            }
        }
        else
        {
            ids = primaries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        bool unknown = false;
        foreach (string id in ids)
        {
            IReadOnlyList<int> found = catalog.IndicesOf(id);
            if (found.Count == 0)
            {
                stderr.WriteLine($"{source}: error {ScreenErrorCodes.UnknownPrimary}: primary {ScreenCatalog.NormalizeId(id)} is not in the catalog or the ephemerides");
                unknown = true;
            }

            foreach (int index in found)
            {
                if (!indices.Contains(index))
                {
                    indices.Add(index);
                }
            }
        }

        if (unknown)
        {
            exit = ExitCodes.InvalidInput;
            return false;
        }

        if (indices.Count == 0)
        {
            stderr.WriteLine($"error: {source}: no primary given");
            exit = ExitCodes.Usage;
            return false;
        }

        return true;
    }

    private static bool TryWriteCsv(ScreeningResult result, Request request, AssessedConjunction[]? probabilities,
        TextWriter stdout, TextWriter stderr)
    {
        string? outputPath = request.OutputPath;
        try
        {
            if (outputPath is null)
            {
                WriteCsv(result, stdout, probabilities);
                return true;
            }

            using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(false), 1 << 16);
            WriteCsv(result, writer, probabilities);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {outputPath}: cannot write: {ex.Message}");
            return false;
        }
    }

    private static void WriteCsv(ScreeningResult result, TextWriter writer, AssessedConjunction[]? probabilities)
    {
        writer.WriteLine(Header);
        var line = new StringBuilder(160);
        for (int index = 0; index < result.Conjunctions.Length; index++)
        {
            ScreenedConjunction c = result.Conjunctions[index];
            AssessedConjunction? probability = probabilities?[index];
            string pc = probability?.Probability.Value is { } value ? value.ToString("G6", CultureInfo.InvariantCulture) : string.Empty;
            string pcMethod = probability is null ? string.Empty
                : probability.Probability.Status == CollisionProbabilityStatus.Ok ? probability.MethodName
                : probability.MethodName + ":" + probability.Probability.Status.ToString();
            line.Clear();
            line.Append(c.PrimaryId).Append(',')
                .Append(c.SecondaryId).Append(',')
                .Append(c.Tca.ToIsoString(TimeScale.Utc, 3)).Append(',')
                .Append(Kilometers(c.MissDistanceMeters)).Append(',')
                .Append(Kilometers(c.RelativeSpeedMetersPerSecond)).Append(',')
                .Append(Kilometers(c.RelativePositionRtnMeters.X)).Append(',')
                .Append(Kilometers(c.RelativePositionRtnMeters.Y)).Append(',')
                .Append(Kilometers(c.RelativePositionRtnMeters.Z)).Append(',')
                .Append(pc).Append(',')
                .Append(pcMethod);
            writer.WriteLine(line);
        }

        writer.Flush();
    }

    private static string Kilometers(double meters) => (meters / MetersPerKilometer).ToString("F6", CultureInfo.InvariantCulture);

    private static bool TryWriteCdms(ScreeningResult result, Request request, AssessedConjunction[]? probabilities, ScreenCatalog catalog, FrameTransformer frames, TimeProvider time,
        TextWriter stderr)
    {
        if (request.CdmDirectory is not { } directory)
        {
            return true;
        }

        Epoch created = Epoch.FromUtc(time.GetUtcNow());
        string? current = null;
        try
        {
            Directory.CreateDirectory(directory);
            for (int index = 0; index < result.Conjunctions.Length; index++)
            {
                ScreenedConjunction c = result.Conjunctions[index];
                string stamp = TcaStamp(c.Tca);
                string name = $"{SafeFileName(c.PrimaryId)}_{SafeFileName(c.SecondaryId)}_{stamp}";
                var options = new ConjunctionCdmOptions
                {
                    CreationDate = created,
                    MessageId = $"CONCORD-{name}",
                    ScreenStart = request.Start,
                    ScreenStop = request.Stop,
                    Volume = request.Volume,
                    Frames = frames,
                };
                ConjunctionCdmObjectInfo primaryInfo = catalog.Info(c.PrimaryIndex), secondaryInfo = catalog.Info(c.SecondaryIndex);
                Cdm cdm = probabilities?[index] is { } assessed
                    ? AssessedConjunctionCdm.Build(assessed, options, primaryInfo, secondaryInfo)
                    : ConjunctionCdmBuilder.Build(c, options, primaryInfo, secondaryInfo);
                WriteResult written = CdmWriter.Write(cdm, CcsdsFormat.Kvn);
                current = Path.Combine(directory, name + ".cdm");
                if (written.Text is null)
                {
                    foreach (var diagnostic in written.Diagnostics)
                    {
                        stderr.WriteLine(diagnostic.ToCompilerString(current));
                    }

                    return false;
                }

                File.WriteAllText(current, written.Text, new UTF8Encoding(false));
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {current ?? directory}: cannot write: {ex.Message}");
            return false;
        }
    }

    /// <summary>TCA as <c>YYYYMMDDThhmmssfff</c> (UTC, milliseconds, rounded as the CSV's <c>tca_utc</c>).</summary>
    private static string TcaStamp(Epoch tca)
        => tca.ToIsoString(TimeScale.Utc, 3).Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(":", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('Z');

    private static string SafeFileName(string id)
    {
        char[] invalid = Path.GetInvalidFileNameChars();
        return string.Concat(id.Select(ch => invalid.Contains(ch) || ch == '_' || char.IsWhiteSpace(ch) ? '-' : ch));
    }

    /// <summary>Prints <c>screen: 40% (1234 candidates)</c> at each new tenth of the window, once the run has taken
    /// more than two seconds (short runs stay quiet). Synchronous, so no line arrives after the summary.</summary>
    private sealed class ProgressLine(TextWriter stderr, Stopwatch clock) : IProgress<ScreeningProgress>
    {
        private static readonly TimeSpan s_quietPeriod = TimeSpan.FromSeconds(2);
        private readonly Lock _gate = new();
        private int _lastTenth;

        public void Report(ScreeningProgress value)
        {
            int tenth = (int)Math.Floor(value.Fraction * 10.0);
            lock (_gate)
            {
                if (tenth <= _lastTenth || tenth >= 10 || clock.Elapsed < s_quietPeriod)
                {
                    return;
                }

                _lastTenth = tenth;
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"screen: {tenth * 10}% ({value.CandidatePairs} candidates)"));
            }
        }
    }
}
