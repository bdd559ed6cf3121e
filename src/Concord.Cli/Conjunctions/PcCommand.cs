using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Astro.Conjunctions.Probability;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;

namespace Concord.Cli.Conjunctions;

/// <summary><c>concord pc CDM_FILE... [--method foster|chan|alfano-max|monte-carlo] [--hbr-m R] [--seed N] [--trials N]
/// [--json]</c>: computes the collision probability of each CDM (never echoes the CDM's own COLLISION_PROBABILITY).</summary>
/// <remarks>The states at TCA are moved to the linear closest approach (NASA CARA convention) and each object's RTN
/// covariance is rotated to inertial with its own axes. The hard-body radius comes from <c>--hbr-m</c>, else from CARA's
/// <c>COMMENT HBR = R [m]</c>, else it is an error. <c>alfano-max</c> is the covariance-free maximum (Alfano 2005): it
/// uses only the miss distance and the radius, and is an upper bound. <c>monte-carlo</c>
/// samples the linear encounter model with a seeded generator (same seed, same answer), stopping at ±10% (95%) or
/// <c>--trials</c>, and adds <c>ci_low</c>, <c>ci_high</c> (95% Wilson), <c>hits</c> and <c>trials</c> to the JSON.
/// Exit codes: 0 all computed, 1 any CDM invalid or not computable, 2 usage or I/O error.</remarks>
internal static class PcCommand
{
    private const string Foster = "foster";
    private const string Chan = "chan";
    private const string AlfanoMax = "alfano-max";
    private const string MonteCarlo = "monte-carlo";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("CDM_FILE") { Description = "CDMs (KVN or XML).", Arity = ArgumentArity.OneOrMore };
        var method = new Option<string>("--method")
        {
            Description = "foster (exact 2-D, default), chan (Chan's series), alfano-max (covariance-free maximum, upper bound) "
                + "or monte-carlo (sampled, with a 95% interval).",
            DefaultValueFactory = _ => Foster,
        };
        method.AcceptOnlyFromAmong(Foster, Chan, AlfanoMax, MonteCarlo);
        var hbr = new Option<double?>("--hbr-m") { Description = "Combined hard-body radius in metres (overrides the CDM)." };
        var seed = new Option<ulong>("--seed") { Description = "monte-carlo: random seed (default 1).", DefaultValueFactory = _ => MonteCarloOptions.Default.Seed };
        var trials = new Option<long?>("--trials") { Description = "monte-carlo: maximum number of trials (default 10000000)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per CDM: {\"file\",\"pc\",\"method\",\"is_upper_bound\",\"status\"} (monte-carlo adds \"ci_low\",\"ci_high\",\"hits\",\"trials\")." };
        var command = new Command("pc", "Collision probability of CDMs (short-term encounter, 2-D).") { files, method, hbr, seed, trials, json };
        command.SetAction(parse =>
        {
            double? radius = parse.GetValue(hbr);
            if (radius is { } r && (!double.IsFinite(r) || r < 0.0))
            {
                stderr.WriteLine("error: --hbr-m must be a finite number of metres ≥ 0");
                return ExitCodes.Usage;
            }

            long? maxTrials = parse.GetValue(trials);
            if (maxTrials is < 1)
            {
                stderr.WriteLine("error: --trials must be ≥ 1");
                return ExitCodes.Usage;
            }

            var monteCarlo = new MonteCarloOptions { Seed = parse.GetValue(seed) };
            if (maxTrials is { } n)
            {
                monteCarlo = monteCarlo with { MaxTrials = n };
            }

            CollisionProbabilityMethod chosen = parse.GetValue(method) switch
            {
                Chan => CollisionProbabilityMethod.Chan,
                AlfanoMax => CollisionProbabilityMethod.AlfanoMaximum,
                MonteCarlo => CollisionProbabilityMethod.MonteCarlo,
                _ => CollisionProbabilityMethod.Foster2D,
            };
            return Run(parse.GetValue(files)!, chosen, radius, monteCarlo, parse.GetValue(json), stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, CollisionProbabilityMethod method, double? radiusOverride, MonteCarloOptions monteCarlo, bool asJson,
        TextWriter stdout, TextWriter stderr)
    {
        int exit = ExitCodes.Ok;
        foreach (string path in paths)
        {
            if (!InputFile.TryRead(path, out string text, out string error))
            {
                stderr.WriteLine(error);
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
                if (!ComputeOne(path, cdm, method, radiusOverride, monteCarlo, asJson, stdout, stderr))
                {
                    exit = Math.Max(exit, ExitCodes.InvalidInput);
                }
            }
        }

        return exit;
    }

    private static bool ComputeOne(string path, Cdm cdm, CollisionProbabilityMethod method, double? radiusOverride,
        MonteCarloOptions monteCarlo, bool asJson, TextWriter stdout, TextWriter stderr)
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

        ShortTermEncounter atClosestApproach = encounter!.AtLinearClosestApproach();
        MonteCarloProbability? sampled = null;
        CollisionProbability pc;
        if (method == CollisionProbabilityMethod.MonteCarlo)
        {
            sampled = atClosestApproach.MonteCarlo(radius, monteCarlo);
            pc = sampled.Probability;
        }
        else
        {
            pc = atClosestApproach.Probability(method, radius);
        }

        string methodName = MethodName(method);
        string status = StatusName(pc.Status);
        if (asJson)
        {
            stdout.WriteLine(Json(path, pc, methodName, status, sampled));
        }
        else
        {
            string value = pc.Value is { } v ? v.ToString("E10", CultureInfo.InvariantCulture) : "none";
            string interval = sampled is { Lower95: { } low, Upper95: { } high }
                ? string.Create(CultureInfo.InvariantCulture, $" ci95=[{low:E4},{high:E4}] hits={sampled.Hits} trials={sampled.Trials} seed={sampled.Seed}")
                : string.Empty;
            stdout.WriteLine($"{path}: pc={value} method={methodName} upper_bound={(pc.IsUpperBound ? "yes" : "no")} status={status} hbr_m={radius.ToString("R", CultureInfo.InvariantCulture)}{interval}");
        }

        return pc.Value is not null;
    }

    private static string MethodName(CollisionProbabilityMethod method) => method switch
    {
        CollisionProbabilityMethod.Chan => Chan,
        CollisionProbabilityMethod.AlfanoMaximum => AlfanoMax,
        CollisionProbabilityMethod.MonteCarlo => MonteCarlo,
        _ => Foster,
    };

    private static string StatusName(CollisionProbabilityStatus status) => status switch
    {
        CollisionProbabilityStatus.Ok => "ok",
        CollisionProbabilityStatus.CovarianceNotPositiveDefinite => "covariance-not-positive-definite",
        CollisionProbabilityStatus.MissingCovariance => "missing-covariance",
        CollisionProbabilityStatus.EncounterGeometryDegenerate => "encounter-geometry-degenerate",
        CollisionProbabilityStatus.IntegrationNotConverged => "integration-not-converged",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Json(string path, CollisionProbability pc, string method, string status, MonteCarloProbability? sampled)
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
            if (sampled is not null)
            {
                WriteNullable(writer, "ci_low", sampled.Lower95);
                WriteNullable(writer, "ci_high", sampled.Upper95);
                writer.WriteNumber("hits", sampled.Hits);
                writer.WriteNumber("trials", sampled.Trials);
                writer.WriteNumber("seed", sampled.Seed);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
