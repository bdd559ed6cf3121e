using System.CommandLine;
using System.Globalization;
using System.Text;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Cli.Propagate;

/// <summary><c>concord propagate FILE [--since-epoch-min START:STOP:STEP | --start ISO --stop ISO --step-s S]
/// [--frame teme|gcrf|itrf] [--out PATH]</c>: SGP4 states as CSV.</summary>
internal static class PropagateCommand
{
    /// <summary>The CSV header, exactly as the contract states it.</summary>
    public const string Header = "norad_id,minutes_since_epoch,epoch_utc,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s";

    private const double MetersPerKilometer = 1000.0;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "Element sets: TLE or 3LE (2- or 3-line sets)." };
        var sinceEpoch = new Option<string?>("--since-epoch-min")
        {
            Description = "START:STOP:STEP in minutes from each object's epoch; STOP is included. Negative values: --since-epoch-min=-1440:0:60.",
        };
        var start = new Option<string?>("--start") { Description = "Start of a common UTC grid (ISO 8601, e.g. 2026-03-10T00:00:00Z)." };
        var stop = new Option<string?>("--stop") { Description = "End of the common UTC grid (included)." };
        var stepSeconds = new Option<double?>("--step-s") { Description = "Step of the common UTC grid, seconds." };
        var frame = new Option<string>("--frame") { Description = "Output frame: teme (default), gcrf or itrf.", DefaultValueFactory = _ => "teme" };
        frame.AcceptOnlyFromAmong("teme", "gcrf", "itrf");
        var output = new Option<string?>("--out") { Description = "Write the CSV to this file instead of stdout." };

        var command = new Command("propagate", "Propagate element sets with SGP4/SDP4 (Vallado et al. 2006) and write states as CSV.")
        {
            file, sinceEpoch, start, stop, stepSeconds, frame, output,
        };
        command.SetAction(parse =>
        {
            TimeGrid? grid;
            string error;
            string? since = parse.GetValue(sinceEpoch);
            string? startText = parse.GetValue(start);
            string? stopText = parse.GetValue(stop);
            double? step = parse.GetValue(stepSeconds);
            bool anyAbsolute = startText is not null || stopText is not null || step is not null;
            if (since is not null && anyAbsolute)
            {
                return Usage(stderr, "use either --since-epoch-min or --start/--stop/--step-s, not both");
            }

            if (anyAbsolute)
            {
                if (startText is null || stopText is null || step is null)
                {
                    return Usage(stderr, "--start, --stop and --step-s go together");
                }

                if (!TimeGrid.TryCreateAbsolute(startText, stopText, step.Value, out grid, out error))
                {
                    return Usage(stderr, error);
                }
            }
            else if (!TimeGrid.TryParseSinceEpoch(since ?? "0:1440:60", out grid, out error))
            {
                return Usage(stderr, error);
            }

            ReferenceFrame target = parse.GetValue(frame) switch
            {
                "gcrf" => ReferenceFrame.Gcrf,
                "itrf" => ReferenceFrame.Itrf,
                _ => ReferenceFrame.Teme,
            };
            return Run(parse.GetValue(file)!, grid!, target, parse.GetValue(output), stdout, stderr);
        });
        return command;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }

    private static int Run(string path, TimeGrid grid, ReferenceFrame frame, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        ElementSetFile loaded = ElementSetFile.Load(path);
        foreach (string line in loaded.Messages)
        {
            stderr.WriteLine(line);
        }

        if (loaded.FileError)
        {
            return ExitCodes.Usage;
        }

        TextWriter writer;
        FileStream? outputFile = null;
        try
        {
            if (outputPath is null)
            {
                writer = stdout;
            }
            else
            {
                outputFile = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                writer = new StreamWriter(outputFile, new UTF8Encoding(false), 1 << 16);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {outputPath}: cannot write: {ex.Message}");
            return ExitCodes.Usage;
        }

        bool anyFailed = false;
        try
        {
            var transformer = new FrameTransformer(EarthOrientationParameters.Zero);
            writer.WriteLine(Header);
            var line = new StringBuilder(160);
            foreach (ElementSetFile.Entry entry in loaded.Entries)
            {
                anyFailed |= !PropagateOne(entry, grid, frame, transformer, writer, stderr, line);
            }

            writer.Flush();
        }
        finally
        {
            if (outputFile is not null)
            {
                writer.Dispose();
            }
        }

        if (loaded.HasInvalidSets)
        {
            return ExitCodes.Usage;
        }

        return anyFailed ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    private static bool PropagateOne(ElementSetFile.Entry entry, TimeGrid grid, ReferenceFrame frame, FrameTransformer transformer,
        TextWriter writer, TextWriter stderr, StringBuilder line)
    {
        Sgp4InitResult init = Sgp4Propagator.Create(entry.Elements, Sgp4Options.Default);
        if (!init.Success)
        {
            ReportError(stderr, entry.NoradId, 0.0, init.Error);
            return false;
        }

        Sgp4Propagator propagator = init.Propagator!;
        Epoch epoch = entry.Elements.Epoch;
        foreach (double minutes in grid.MinutesSinceEpoch(epoch))
        {
            Sgp4Result result = propagator.Propagate(minutes);
            if (!result.Success)
            {
                ReportError(stderr, entry.NoradId, minutes, result.Error);
                return false;
            }

            Epoch at = epoch + Duration.FromMinutes(minutes);
            Vector3d position = result.PositionMeters;
            Vector3d velocity = result.VelocityMetersPerSecond;
            if (frame != ReferenceFrame.Teme)
            {
                CartesianState state = transformer.Transform(new CartesianState(at, ReferenceFrame.Teme, position, velocity), frame);
                position = state.PositionMeters;
                velocity = state.VelocityMetersPerSecond;
            }

            line.Clear();
            line.Append(entry.NoradId).Append(',')
                .Append(minutes.ToString("F8", CultureInfo.InvariantCulture)).Append(',')
                .Append(at.ToIsoString(TimeScale.Utc, 6)).Append(',');
            AppendVector(line, position / MetersPerKilometer, "F8").Append(',');
            AppendVector(line, velocity / MetersPerKilometer, "F9");
            writer.WriteLine(line);
        }

        return true;
    }

    private static StringBuilder AppendVector(StringBuilder line, Vector3d value, string format)
        => line.Append(value.X.ToString(format, CultureInfo.InvariantCulture)).Append(',')
            .Append(value.Y.ToString(format, CultureInfo.InvariantCulture)).Append(',')
            .Append(value.Z.ToString(format, CultureInfo.InvariantCulture));

    private static void ReportError(TextWriter stderr, string noradId, double minutes, Sgp4Error error)
        => stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"error: {noradId}: t={minutes:F8} min: sgp4 error {(int)error}: {Sgp4ErrorText.Describe(error)}"));
}
