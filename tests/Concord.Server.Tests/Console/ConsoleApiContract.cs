using System.Text.Json;
using System.Text.RegularExpressions;

namespace Concord.Server.Tests.Console;

/// <summary>Compares the console's wire declarations (<see cref="TypeScriptDeclarations"/>) with the response schemas of the
/// server's OpenAPI document (<c>/openapi/v1.json</c>) and lists every difference the console would notice: a member the
/// server does not send (missing or renamed), a member of another JSON type, a value the server may send as null where
/// the console's type does not allow null, a string literal outside the server's enumeration, a route or method the
/// server does not serve.</summary>
/// <remarks>The direction is deliberate: the server may send more than the console reads, and a console type may be
/// looser (nullable, a plain <c>string</c> for an enumeration). Numbers that the server also reads from strings (the web
/// JSON defaults, shown as <c>["integer", "string"]</c> with a pattern) count as numbers only. A member marked optional
/// (<c>name?:</c>) may also be null on the server's side: the server omits such values rather than sending null.</remarks>
internal sealed partial class ConsoleApiContract(JsonElement openApi, IReadOnlyDictionary<string, TsType> declarations)
{
    private const int MaxDepth = 32;

    private readonly JsonElement _schemas = openApi.GetProperty("components").TryGetProperty("schemas", out JsonElement s) ? s : default;

    /// <summary>The differences found so far, one line each (<c>GET /api/v1/x: response.updates[].tca: ...</c>).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Checks the JSON body of the first 2xx response of <paramref name="method"/> <paramref name="path"/>
    /// (parameters by position: <c>{id}</c> matches any parameter name) against the console type
    /// <paramref name="consoleType"/> (<c>Conjunction[]</c>).</summary>
    public void CheckRoute(string method, string path, string consoleType)
    {
        string at = $"{method} {path}";
        JsonElement? operation = FindOperation(method, path);
        if (operation is null)
        {
            Problems.Add($"{at}: the server's OpenAPI document has no such route and method.");
            return;
        }

        JsonElement? schema = JsonResponseSchema(operation.Value);
        if (schema is null)
        {
            Problems.Add($"{at}: the server documents no JSON body for a 2xx response.");
            return;
        }

        Check(TypeScriptDeclarations.ParseType(consoleType), schema.Value, $"{at}: response", optional: false, depth: 0);
    }

    private JsonElement? FindOperation(string method, string path)
    {
        string wanted = PathParameter().Replace(path, "{}");
        foreach (JsonProperty candidate in openApi.GetProperty("paths").EnumerateObject())
        {
            if (PathParameter().Replace(candidate.Name, "{}") == wanted
                && candidate.Value.TryGetProperty(method.ToLowerInvariant(), out JsonElement operation))
            {
                return operation;
            }
        }

        return null;
    }

    private static JsonElement? JsonResponseSchema(JsonElement operation)
    {
        if (!operation.TryGetProperty("responses", out JsonElement responses))
        {
            return null;
        }

        foreach (JsonProperty response in responses.EnumerateObject().OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            if (response.Name.StartsWith('2')
                && response.Value.TryGetProperty("content", out JsonElement content)
                && content.TryGetProperty("application/json", out JsonElement json)
                && json.TryGetProperty("schema", out JsonElement schema))
            {
                return schema;
            }
        }

        return null;
    }

    private void Check(TsType expected, JsonElement schema, string at, bool optional, int depth)
    {
        if (depth > MaxDepth)
        {
            Problems.Add($"{at}: nested deeper than {MaxDepth} levels (a recursive type?).");
            return;
        }

        List<TsType> options = expected is TsUnion u ? [.. u.Options] : [expected];
        if (options.Any(o => o is TsName { Name: "unknown" }))
        {
            return;
        }

        bool consoleAllowsNull = options.RemoveAll(o => o is TsName { Name: "null" }) > 0;
        (bool serverMayBeNull, List<JsonElement> alternatives) = Alternatives(schema);
        if (serverMayBeNull && !consoleAllowsNull && !optional)
        {
            Problems.Add($"{at}: the server may send null; the console's type {TypeScriptDeclarations.Describe(expected)} does not allow it.");
        }

        if (alternatives.Count == 0)
        {
            return; // the server documents no type (any JSON value)
        }

        foreach (TsType option in options)
        {
            JsonElement? match = alternatives.Cast<JsonElement?>().FirstOrDefault(a => Kind(a!.Value).Contains(JsonKind(option)));
            if (match is null)
            {
                string sent = string.Join(" or ", alternatives.SelectMany(Kind).Distinct());
                Problems.Add($"{at}: the console reads {TypeScriptDeclarations.Describe(option)} ({JsonKind(option)}); the server sends {sent}.");
                continue;
            }

            CheckSame(option, match.Value, at, depth);
        }
    }

    private void CheckSame(TsType option, JsonElement schema, string at, int depth)
    {
        switch (option)
        {
            case TsLiteral literal when schema.TryGetProperty("enum", out JsonElement values):
                if (!values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == literal.Value))
                {
                    Problems.Add($"{at}: the console expects '{literal.Value}', which is not among the server's values.");
                }

                break;
            case TsArray array:
                CheckItems(array.Element, schema, at, depth);
                break;
            case TsTuple tuple:
                foreach (TsType element in tuple.Elements.Distinct())
                {
                    CheckItems(element, schema, at, depth);
                }

                break;
            case TsName name when declarations.TryGetValue(name.Name, out TsType? declared):
                CheckSame(declared, schema, at, depth);
                break;
            case TsObject obj:
                JsonElement properties = schema.TryGetProperty("properties", out JsonElement p) ? p : default;
                foreach (TsMember member in obj.Members)
                {
                    string memberAt = $"{at}.{member.Name}";
                    if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(member.Name, out JsonElement property))
                    {
                        Problems.Add($"{memberAt}: the server's schema has no member '{member.Name}' (missing or renamed).");
                        continue;
                    }

                    Check(member.Type, property, memberAt, member.Optional, depth + 1);
                }

                break;
        }
    }

    private void CheckItems(TsType element, JsonElement arraySchema, string at, int depth)
    {
        if (arraySchema.TryGetProperty("items", out JsonElement items))
        {
            Check(element, items, $"{at}[]", optional: false, depth + 1);
        }
        else
        {
            Problems.Add($"{at}: the server documents no item type for this array.");
        }
    }

    /// <summary>Whether the schema admits null, and its other alternatives (references resolved, oneOf/anyOf flattened).</summary>
    private (bool MayBeNull, List<JsonElement> Alternatives) Alternatives(JsonElement schema)
    {
        schema = Resolve(schema);
        bool mayBeNull = false;
        var alternatives = new List<JsonElement>();
        string[] composites = ["oneOf", "anyOf"];
        string? composite = composites.FirstOrDefault(c => schema.TryGetProperty(c, out _));
        if (composite is not null)
        {
            foreach (JsonElement alternative in schema.GetProperty(composite).EnumerateArray())
            {
                (bool altNull, List<JsonElement> altOptions) = Alternatives(alternative);
                mayBeNull |= altNull;
                alternatives.AddRange(altOptions);
            }

            return (mayBeNull, alternatives);
        }

        HashSet<string> types = DeclaredTypes(schema);
        mayBeNull = types.Remove("null")
            || (schema.TryGetProperty("nullable", out JsonElement nullable) && nullable.ValueKind == JsonValueKind.True); // OpenAPI 3.0's spelling
        if (types.Count > 0 || schema.TryGetProperty("properties", out _) || schema.TryGetProperty("items", out _) || schema.TryGetProperty("enum", out _))
        {
            alternatives.Add(schema);
        }

        return (mayBeNull, alternatives);
    }

    /// <summary>The JSON kinds a (resolved, non-null) schema alternative admits.</summary>
    private static HashSet<string> Kind(JsonElement schema)
    {
        HashSet<string> types = DeclaredTypes(schema);
        types.Remove("null");
        if (types.Remove("integer"))
        {
            types.Add("number");
        }

        // The web JSON defaults also read numbers from strings; the server writes them as numbers.
        if (types.Contains("number"))
        {
            types.Remove("string");
        }

        if (types.Count == 0)
        {
            if (schema.TryGetProperty("properties", out _))
            {
                types.Add("object");
            }
            else if (schema.TryGetProperty("items", out _))
            {
                types.Add("array");
            }
            else if (schema.TryGetProperty("enum", out _))
            {
                types.Add("string");
            }
        }

        return types;
    }

    private static HashSet<string> DeclaredTypes(JsonElement schema)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("type", out JsonElement type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                types.Add(type.GetString()!);
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                types.UnionWith(type.EnumerateArray().Select(t => t.GetString()!));
            }
        }

        return types;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (int hops = 0; schema.TryGetProperty("$ref", out JsonElement reference); hops++)
        {
            const string prefix = "#/components/schemas/";
            string target = reference.GetString()!;
            if (hops > MaxDepth || !target.StartsWith(prefix, StringComparison.Ordinal) || _schemas.ValueKind != JsonValueKind.Object
                || !_schemas.TryGetProperty(target[prefix.Length..], out JsonElement resolved))
            {
                throw new InvalidOperationException($"Unresolvable schema reference '{target}' in the OpenAPI document.");
            }

            schema = resolved;
        }

        return schema;
    }

    /// <summary>The JSON kind of a (non-null) console type.</summary>
    private string JsonKind(TsType type) => type switch
    {
        TsLiteral => "string",
        TsArray or TsTuple => "array",
        TsObject => "object",
        TsName { Name: "string" } => "string",
        TsName { Name: "number" } => "number",
        TsName { Name: "boolean" } => "boolean",
        TsName n when declarations.TryGetValue(n.Name, out TsType? declared) => JsonKind(declared),
        TsName n => throw new InvalidOperationException($"The console type '{n.Name}' is not declared in api.ts."),
        TsUnion => throw new InvalidOperationException($"Nested union {TypeScriptDeclarations.Describe(type)}: write it flat."),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();
}
