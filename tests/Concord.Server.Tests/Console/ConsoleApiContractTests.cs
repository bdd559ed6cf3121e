using System.Net;
using System.Text.Json;

namespace Concord.Server.Tests.Console;

/// <summary>The console's wire types (<c>web/src/api.ts</c>) against the server's OpenAPI document: a member the console
/// reads that the server renames, drops or sends with another JSON type fails here instead of in a browser.</summary>
public sealed class ConsoleApiContractTests
{
    /// <summary>Every JSON response the console reads: method, route (as the server declares it), the console's type.</summary>
    private static readonly (string Method, string Path, string ConsoleType)[] ConsoleReads =
    [
        ("GET", "/api/v1/session", "Session"),
        ("POST", "/api/v1/session", "Session"),
        ("GET", "/api/v1/conjunctions", "Conjunction[]"),
        ("GET", "/api/v1/conjunctions/{id}", "Conjunction"),
        ("GET", "/api/v1/conjunctions/{id}/coordination", "Coordination"),
        ("GET", "/api/v1/conjunctions/{id}/geometry", "ConjunctionGeometry"),
        ("GET", "/api/v1/conjunctions/{id}/maneuver-plans", "ManeuverPlan[]"),
        ("POST", "/api/v1/conjunctions/{id}/maneuver-plans", "ManeuverPlan"),
        ("GET", "/api/v1/objects", "SpaceObject[]"),
        ("GET", "/api/v1/objects/{noradId}", "SpaceObject"),
        ("GET", "/api/v1/objects/{noradId}/track", "ObjectTrack"),
        ("GET", "/api/v1/agreements", "Agreement[]"),
        ("POST", "/api/v1/agreements", "Agreement"),
        ("GET", "/api/v1/agreements/{id}", "Agreement"),
        ("GET", "/api/v1/agreements/release-matrix", "ReleaseMatrix"),
        ("GET", "/api/v1/audit", "AuditEntry[]"),
        ("GET", "/api/v1/audit/verify", "AuditVerification"),
    ];

    /// <summary>Declarations of api.ts that no OpenAPI response describes, and why.</summary>
    private static readonly Dictionary<string, string> NotInTheDocument = new(StringComparer.Ordinal)
    {
        ["Problem"] = "RFC 9457 problem details, written by the framework's problem-details service",
        ["RequestOptions"] = "the client's own call options, not a wire shape",
        ["StreamMessage"] = "data of GET /api/v1/stream (text/event-stream), which OpenAPI does not describe",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryResponseTheConsoleReads_MatchesTheServersOpenApiDocument()
    {
        using JsonDocument openApi = await OpenApiDocumentAsync();

        ConsoleApiContract contract = CheckEveryRoute(openApi, ReadApiTs());

        Assert.True(contract.Problems.Count == 0, "The console's types in web/src/api.ts drifted from the server's OpenAPI document:\n"
            + string.Join('\n', contract.Problems));
    }

    [Fact]
    public void EveryWireDeclarationOfTheConsole_IsCheckedAgainstARoute()
    {
        IReadOnlyDictionary<string, TsType> declarations = TypeScriptDeclarations.Parse(ReadApiTs());
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string _, string _, string consoleType) in ConsoleReads)
        {
            Reach(TypeScriptDeclarations.ParseType(consoleType), declarations, reached);
        }

        string[] unreached = declarations.Keys.Where(n => !reached.Contains(n) && !NotInTheDocument.ContainsKey(n)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(unreached.Length == 0, $"api.ts declares {string.Join(", ", unreached)}, which no route of {nameof(ConsoleReads)} reaches: "
            + "add the route the console reads it from, or say in NotInTheDocument why none describes it.");
        Assert.All(NotInTheDocument.Keys, n => Assert.True(declarations.ContainsKey(n), $"{n} is listed as not in the document but api.ts no longer declares it."));
    }

    [Theory]
    [InlineData("missDistanceMeters: number;", "missDistanceMetres: number;", ".missDistanceMetres: the server's schema has no member")]
    [InlineData("releaseReason: string;", "releaseReason: number;", "response.releaseReason: the console reads number (number); the server sends string")]
    [InlineData("closedReason: string | null;", "closedReason: string;", "response.closedReason: the server may send null")]
    [InlineData("embargoMinutes: number | null;", "embargoMinutes: boolean | null;", "response.conditions.embargoMinutes: the console reads boolean")]
    [InlineData("screening: PlanScreening;", "screening: PlanScreening[];", "response[].screening: the console reads PlanScreening[] (array); the server sends object")]
    public async Task ADriftedConsoleType_IsReported(string original, string drifted, string expected)
    {
        string apiTs = ReadApiTs();
        Assert.Contains(original, apiTs, StringComparison.Ordinal);
        using JsonDocument openApi = await OpenApiDocumentAsync();

        ConsoleApiContract contract = CheckEveryRoute(openApi, ReplaceFirst(apiTs, original, drifted));

        Assert.Contains(contract.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARouteTheServerDoesNotServe_IsReported()
    {
        using JsonDocument openApi = await OpenApiDocumentAsync();
        var contract = new ConsoleApiContract(openApi.RootElement, TypeScriptDeclarations.Parse(ReadApiTs()));

        contract.CheckRoute("GET", "/api/v1/conjunctions/{id}/no-such-thing", "Conjunction");
        contract.CheckRoute("DELETE", "/api/v1/audit/verify", "AuditVerification");

        Assert.Equal(2, contract.Problems.Count(p => p.Contains("has no such route and method", StringComparison.Ordinal)));
    }

    [Fact]
    public void AConsoleDeclarationTheTestCannotRead_FailsInsteadOfPassing()
    {
        Assert.Throws<FormatException>(() => TypeScriptDeclarations.Parse("export interface A { items: Map<string, number>; }"));
        Assert.Throws<FormatException>(() => TypeScriptDeclarations.Parse("export interface B extends A { x: string; }"));
    }

    private static ConsoleApiContract CheckEveryRoute(JsonDocument openApi, string apiTs)
    {
        var contract = new ConsoleApiContract(openApi.RootElement, TypeScriptDeclarations.Parse(apiTs));
        foreach ((string method, string path, string consoleType) in ConsoleReads)
        {
            contract.CheckRoute(method, path, consoleType);
        }

        return contract;
    }

    private static async Task<JsonDocument> OpenApiDocumentAsync()
    {
        using var app = new HubApplication();
        using HttpResponseMessage response = await app.ClientWithKey(null).GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HubApplication.ReadJsonAsync(response);
    }

    private static void Reach(TsType type, IReadOnlyDictionary<string, TsType> declarations, HashSet<string> reached)
    {
        switch (type)
        {
            case TsName name when declarations.TryGetValue(name.Name, out TsType? declared) && reached.Add(name.Name):
                Reach(declared, declarations, reached);
                break;
            case TsArray array:
                Reach(array.Element, declarations, reached);
                break;
            case TsTuple tuple:
                tuple.Elements.ToList().ForEach(e => Reach(e, declarations, reached));
                break;
            case TsUnion union:
                union.Options.ToList().ForEach(o => Reach(o, declarations, reached));
                break;
            case TsObject obj:
                obj.Members.ToList().ForEach(m => Reach(m.Type, declarations, reached));
                break;
        }
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        int at = text.IndexOf(original, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + original.Length)..];
    }

    /// <summary>The console's web/src/api.ts, found above the test assembly (the folder holding Concord.slnx).</summary>
    private static string ReadApiTs()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
            {
                return File.ReadAllText(Path.Combine(dir.FullName, "web", "src", "api.ts"));
            }
        }

        throw new InvalidOperationException("Concord.slnx not found above " + AppContext.BaseDirectory);
    }
}
