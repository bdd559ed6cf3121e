using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;
using Concord.Hub.Catalog;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Catalog;

/// <summary><c>/api/v1/catalog</c>: the GP catalog (newest element set per object, and history), released through the
/// release policy only.</summary>
/// <remarks>
/// <para><c>GET /api/v1/catalog/gp?ids=90001,90002&amp;format=omm-json|omm-xml|omm-kvn|omm-csv|tle</c>: the newest released set of
/// each listed object (at most <see cref="CatalogService.MaxIds"/> ids). Without <c>ids</c>: every visible object in
/// catalog-number order, one page of at most <c>limit</c> objects (default and maximum <see cref="CatalogService.MaxLimit"/>)
/// after catalog number <c>after</c> (default 0); when the page is full a <c>Link: &lt;…&amp;after=N&gt;; rel="next"</c>
/// header gives the next page. <c>format</c> defaults to <c>omm-json</c>: an array of flat objects keyed as CelesTrak's GP
/// JSON, each object led by <c>ORIGINATOR</c>. Every OMM format names the agency that submitted each set in
/// <c>ORIGINATOR</c> (the header keyword of each KVN/XML message, a column of JSON and CSV); <c>omm-csv</c> is the
/// catalogues' flat CSV with the OMM keywords as columns. <c>tle</c> is 3LE (<c>0 NAME</c> lines; no place for the
/// originator); sets a TLE cannot hold (catalog numbers above 339,999) are left out.</para>
/// <para><c>GET /api/v1/catalog/gp/history?id=90001&amp;from=ISO&amp;to=ISO&amp;format=…</c>: every released set of one object
/// with an epoch (UTC) in [from, to], in epoch order, at most <see cref="CatalogService.MaxHistory"/>.</para>
/// <para>Objects the caller may not see are absent (never 403). Bad query values are 400 <c>request.invalid-query</c>.
/// Readers: analyst, officer, agency-admin, hub-admin (hub keys see public records only).</para>
/// </remarks>
internal static class CatalogEndpoints
{
    private const string OmmJson = "omm-json";
    private const string OmmXml = "omm-xml";
    private const string OmmKvn = "omm-kvn";
    private const string OmmCsv = "omm-csv";
    private const string TleFormat = "tle";
    private const int MaxCatalogNumber = 999_999_999;

    private static readonly string[] s_formats = [OmmJson, OmmXml, OmmKvn, OmmCsv, TleFormat];

    public static RouteGroupBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/catalog").WithTags("Catalog").RequireAuthorization(HubPolicies.DataReader);
        group.MapGet("/gp", GetLatest);
        group.MapGet("/gp/history", GetHistory);
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetLatest(
        HttpContext http, CatalogService catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        IQueryCollection query = http.Request.Query;
        if (ParseFormat(query) is not { } format)
        {
            return InvalidQuery("format", $"one of {string.Join(", ", s_formats)}");
        }

        List<int>? ids = null;
        if (query["ids"].Count > 0)
        {
            ids = [];
            foreach (string part in query["ids"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries)))
            {
                if (!TryCatalogNumber(part, out int id))
                {
                    return InvalidQuery("ids", $"comma-separated catalog numbers 1 to {MaxCatalogNumber}");
                }

                ids.Add(id);
            }

            ids = [.. ids.Distinct()];
            if (ids.Count > CatalogService.MaxIds)
            {
                return InvalidQuery("ids", $"at most {CatalogService.MaxIds} catalog numbers");
            }
        }

        int limit = CatalogService.MaxLimit;
        if (query["limit"].Count > 0 && (!int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out limit)
            || limit is < 1 or > CatalogService.MaxLimit))
        {
            return InvalidQuery("limit", $"a whole number 1 to {CatalogService.MaxLimit}");
        }

        int after = 0;
        if (query["after"].Count > 0 && !int.TryParse(query["after"], NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return InvalidQuery("after", "a catalog number");
        }

        CatalogRelease release = await catalog.GetLatestAsync(http.User.ToActor(), ids, after, limit, Deliverable(format), cancellationToken)
            .ConfigureAwait(false);
        if (release.NextAfterCatalogNumber is { } next)
        {
            string link = $"/api/v1/catalog/gp?format={format}&limit={limit.ToString(CultureInfo.InvariantCulture)}&after={next.ToString(CultureInfo.InvariantCulture)}";
            http.Response.Headers.Append("Link", $"<{link}>; rel=\"next\"");
        }

        return Write(release.Sets, format, time.GetUtcNow());
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetHistory(
        HttpContext http, CatalogService catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        IQueryCollection query = http.Request.Query;
        if (ParseFormat(query) is not { } format)
        {
            return InvalidQuery("format", $"one of {string.Join(", ", s_formats)}");
        }

        if (!TryCatalogNumber(query["id"].ToString(), out int id) || query["id"].Count != 1)
        {
            return InvalidQuery("id", $"one catalog number 1 to {MaxCatalogNumber}");
        }

        Epoch? from = null;
        Epoch? to = null;
        if (query["from"].Count > 0)
        {
            if (!Epoch.TryParseIso(query["from"].ToString(), TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out Epoch value))
            {
                return InvalidQuery("from", "an ISO 8601 UTC date and time");
            }

            from = value;
        }

        if (query["to"].Count > 0)
        {
            if (!Epoch.TryParseIso(query["to"].ToString(), TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out Epoch value))
            {
                return InvalidQuery("to", "an ISO 8601 UTC date and time");
            }

            to = value;
        }

        if (from is { } start && to is { } end && start > end)
        {
            return InvalidQuery("from", "not after to");
        }

        CatalogRelease release = await catalog.GetHistoryAsync(http.User.ToActor(), id, from, to, Deliverable(format), cancellationToken)
            .ConfigureAwait(false);
        return Write(release.Sets, format, time.GetUtcNow());
    }

    private static string? ParseFormat(IQueryCollection query)
    {
        if (query["format"].Count == 0)
        {
            return OmmJson;
        }

        string requested = query["format"].ToString();
        return s_formats.Contains(requested, StringComparer.Ordinal) ? requested : null;
    }

    private static bool TryCatalogNumber(string? text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is >= 1 and <= MaxCatalogNumber;

    private static Func<ElementSet, bool>? Deliverable(string format) =>
        format == TleFormat ? set => ElementSetMapping.ToTle(set).Success : null;

    private static ProblemHttpResult InvalidQuery(string parameter, string expected) => HubProblems.InvalidQuery(parameter, $"expected {expected}");

    private static ContentHttpResult Write(IReadOnlyList<ElementSet> sets, string format, DateTimeOffset now)
    {
        switch (format)
        {
            case OmmXml:
                return TypedResults.Text(WriteOmm(sets, CcsdsFormat.Xml, now), "application/xml", Encoding.UTF8);
            case OmmKvn:
                return TypedResults.Text(WriteOmm(sets, CcsdsFormat.Kvn, now), "text/plain", Encoding.UTF8);
            case OmmCsv:
                return TypedResults.Text(WriteOmm(sets, CcsdsFormat.Csv, now), "text/csv", Encoding.UTF8);
            case TleFormat:
                using (var text = new StringWriter(CultureInfo.InvariantCulture))
                {
                    TleWriter.Write(sets.Select(s => ElementSetMapping.ToTle(s).Value!), text, TleWriteOptions.Default);
                    return TypedResults.Text(text.ToString(), "text/plain", Encoding.UTF8);
                }

            default:
                return TypedResults.Text(WriteGpJson(sets), "application/json", Encoding.UTF8);
        }
    }

    private static string WriteOmm(IReadOnlyList<ElementSet> sets, CcsdsFormat format, DateTimeOffset now)
    {
        WriteResult written = OmmWriter.Write([.. sets.Select(s => ElementSetMapping.ToOmm(s, now))], format);
        return written.Text ?? throw new InvalidOperationException(
            $"Stored element sets could not be written: {string.Join("; ", written.Diagnostics.Select(d => d.Message))}");
    }

    /// <summary>CelesTrak's GP JSON: an array of flat objects with the keys and key order CelesTrak publishes
    /// (OBJECT_NAME … MEAN_MOTION_DDOT), each led by <c>ORIGINATOR</c>, the agency that submitted the set (the OMM header
    /// keyword, as Space-Track's GP JSON carries it); optional fields the set does not have are left out.</summary>
    private static string WriteGpJson(IReadOnlyList<ElementSet> sets)
    {
        using var buffer = new MemoryStream(sets.Count * 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (ElementSet set in sets)
            {
                json.WriteStartObject();
                json.WriteString("ORIGINATOR", set.Originator);
                json.WriteString("OBJECT_NAME", set.ObjectName ?? set.CatalogNumber.ToString(CultureInfo.InvariantCulture));
                json.WriteString("OBJECT_ID", set.ObjectId ?? ElementSetMapping.UnknownObjectId);
                json.WriteString("EPOCH", CcsdsDate.FromEpoch(set.Epoch, TimeScale.Utc).ToString());
                json.WriteNumber("MEAN_MOTION", set.MeanMotionRevolutionsPerDay);
                json.WriteNumber("ECCENTRICITY", set.Eccentricity);
                json.WriteNumber("INCLINATION", set.InclinationDegrees);
                json.WriteNumber("RA_OF_ASC_NODE", set.RightAscensionOfAscendingNodeDegrees);
                json.WriteNumber("ARG_OF_PERICENTER", set.ArgumentOfPericenterDegrees);
                json.WriteNumber("MEAN_ANOMALY", set.MeanAnomalyDegrees);
                WriteOptional(json, "EPHEMERIS_TYPE", set.EphemerisType);
                if (set.ClassificationType is not null)
                {
                    json.WriteString("CLASSIFICATION_TYPE", set.ClassificationType);
                }

                json.WriteNumber("NORAD_CAT_ID", set.CatalogNumber);
                WriteOptional(json, "ELEMENT_SET_NO", set.ElementSetNumber);
                WriteOptional(json, "REV_AT_EPOCH", set.RevolutionNumberAtEpoch);
                json.WriteNumber("BSTAR", set.BstarPerEarthRadius);
                if (set.MeanMotionDotRevolutionsPerDaySquared is { } dot)
                {
                    json.WriteNumber("MEAN_MOTION_DOT", dot);
                }

                if (set.MeanMotionDdotRevolutionsPerDayCubed is { } ddot)
                {
                    json.WriteNumber("MEAN_MOTION_DDOT", ddot);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteOptional(Utf8JsonWriter json, string key, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(key, number);
        }
    }
}
