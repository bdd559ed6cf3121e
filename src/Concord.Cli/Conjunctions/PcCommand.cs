using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Astro.Conjunctions.Probability;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;

namespace Concord.Cli.Conjunctions;

/// <summary><c>concord pc CDM_FILE... [--method foster|chan] [--hbr-m R] [--json]</c>: computes the collision
/// probability of each CDM (never echoes the CDM's own COLLISION_PROBABILITY).</summary>
/// <remarks>The states at TCA are moved to the linear closest approach (NASA CARA convention) and each object's RTN
/// covariance is rotated to inertial with its own axes. The hard-body radius comes from <c>--hbr-m</c>, else from CARA's
/// <c>COMMENT HBR = R [m]</c>, else it is an error. Exit codes: 0 all computed, 1 any CDM invalid or not computable,
/// 2 usage or I/O error.</remarks>
internal static class PcCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("CDM_FILE") { Description = "CDMs (KVN or XML).", Arity = ArgumentArity.OneOrMore };
        var method = new Option<string>("--method") { Description = "foster (exact 2-D, default) or chan (Chan's series).", DefaultValueFactory = _ => "foster" };
        method.AcceptOnlyFromAmong("foster", "chan");
        var hbr = new Option<double?>("--hbr-m") { Description = "Combined hard-body radius in metres (overrides the CDM)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per CDM: {\"file\",\"pc\",\"method\",\"is_upper_bound\",\"status\"}." };
        var command = new Command("pc", "Collision probability of CDMs (short-term encounter, 2-D).") { files, method, hbr, json };
        command.SetAction(parse =>
        {
            double? radius = parse.GetValue(hbr);
            if (radius is { } r && (!double.IsFinite(r) || r < 0.0))
            {
                stderr.WriteLine("error: --hbr-m must be a finite number of metres ≥ 0");
                return ExitCodes.Usage;
            }

            CollisionProbabilityMethod chosen = parse.GetValue(method) == "chan" ? CollisionProbabilityMethod.Chan : CollisionProbabilityMethod.Foster2D;
            return Run(parse.GetValue(files)!, chosen, radius, parse.GetValue(json), stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, CollisionProbabilityMethod method, double? radiusOverride, bool asJson, TextWriter stdout, TextWriter stderr)
    {
        int exit = ExitCodes.Ok;
        foreach (string path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"error: {path}: cannot read: {ex.Message}");
                exit = ExitCodes.Usage;
                continue;
            }

            CdmReadResult read = CdmReader.Parse(text);
            foreach (Diagnostic diagnostic in read.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToCompilerString(path));
            }

            if (!read.Success || read.Messages.IsEmpty)
            {
                exit = Math.Max(exit, ExitCodes.InvalidInput);
                continue;
            }

            foreach (Cdm cdm in read.Messages)
            {
                if (!ComputeOne(path, cdm, method, radiusOverride, asJson, stdout, stderr))
                {
                    exit = Math.Max(exit, ExitCodes.InvalidInput);
                }
            }
        }

        return exit;
    }

    private static bool ComputeOne(string path, Cdm cdm, CollisionProbabilityMethod method, double? radiusOverride, bool asJson,
        TextWriter stdout, TextWriter stderr)
    {
        double radius;
        if (radiusOverride is { } given)
        {
            radius = given;
        }
        else if (!CdmConverter.TryGetHardBodyRadiusMeters(cdm, out radius))
        {
            stderr.WriteLine($"error: {path}: no hard-body radius: give --hbr-m or a CDM comment 'HBR = R [m]'");
            return false;
        }

        if (!CdmConverter.TryToEncounter(cdm, out ShortTermEncounter? encounter, out var diagnostics))
        {
            foreach (Diagnostic diagnostic in diagnostics)
            {
                stderr.WriteLine(diagnostic.ToCompilerString(path));
            }

            return false;
        }

        CollisionProbability pc = encounter!.AtLinearClosestApproach().Probability(method, radius);
        string methodName = method == CollisionProbabilityMethod.Chan ? "chan" : "foster";
        string status = StatusName(pc.Status);
        if (asJson)
        {
            stdout.WriteLine(Json(path, pc, methodName, status));
        }
        else
        {
            string value = pc.Value is { } v ? v.ToString("E10", CultureInfo.InvariantCulture) : "none";
            stdout.WriteLine($"{path}: pc={value} method={methodName} upper_bound={(pc.IsUpperBound ? "yes" : "no")} status={status} hbr_m={radius.ToString("R", CultureInfo.InvariantCulture)}");
        }

        return pc.Value is not null;
    }

    private static string StatusName(CollisionProbabilityStatus status) => status switch
    {
        CollisionProbabilityStatus.Ok => "ok",
        CollisionProbabilityStatus.CovarianceNotPositiveDefinite => "covariance-not-positive-definite",
        CollisionProbabilityStatus.MissingCovariance => "missing-covariance",
        CollisionProbabilityStatus.EncounterGeometryDegenerate => "encounter-geometry-degenerate",
        CollisionProbabilityStatus.IntegrationNotConverged => "integration-not-converged",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Json(string path, CollisionProbability pc, string method, string status)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("file", path);
            if (pc.Value is { } value)
            {
                writer.WriteNumber("pc", value);
            }
            else
            {
                writer.WriteNull("pc");
            }

            writer.WriteString("method", method);
            writer.WriteBoolean("is_upper_bound", pc.IsUpperBound);
            writer.WriteString("status", status);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
