using System.Text.Json;
using Concord.Catalog.Samples;
using Concord.Formats.Tle;
using static Concord.Server.Tests.Auth.Federation;

namespace Concord.Server.Tests.Auth;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>Days (of 2026) of the two element sets submitted for each object, so that history has two entries.</summary>
    private static readonly int[] s_setDays = [10, 11];

    private const string HistoryRange = "&from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z";

    /// <summary>The own agency's analyst submits two sets for each object of <see cref="s_catalog"/>, one submission per
    /// marking, each set marked as its object is.</summary>
    private static async Task SubmitCatalogAsync(Federation f)
    {
        foreach (var marked in s_catalog.GroupBy(o => (o.Marking, RelTo: string.Join(',', o.RelTo ?? []))))
        {
            Tle[] sets = [.. marked.SelectMany(o => s_setDays.Select(day => CatalogSamples.Set(o.NoradId, day)))];
            string relTo = marked.Key.RelTo.Length > 0 ? $"&relTo={marked.Key.RelTo}" : "";
            await f.SubmitAsync(Own, CatalogSamples.TleText(sets), $"?marking={marked.Key.Marking}{relTo}");
        }
    }

    /// <summary>GP by ids, GP listing (OMM JSON, TLE, paged one by one) and each object's history: exactly the released
    /// sets. A page links a next one exactly when a released set follows: a withheld one must not show through.</summary>
    private static async Task CheckCatalogAsync(BoundaryCheck check, Caller viewer, Boundary boundary)
    {
        string ids = string.Join(',', s_catalog.Select(o => o.NoradId).Append(Unregistered));
        if (!Reader(viewer))
        {
            await check.StatusAsync($"/api/v1/catalog/gp?ids={ids}", Outcome.MissingRole);
            await check.StatusAsync("/api/v1/catalog/gp", Outcome.MissingRole);
            await check.StatusAsync($"/api/v1/catalog/gp/history?id={s_catalog[^1].NoradId}", Outcome.MissingRole);
            return;
        }

        int[] released = [.. s_catalog.Where(o => Released(o, viewer, boundary.PartnersSets)).Select(o => o.NoradId)];
        await check.IdsAsync($"/api/v1/catalog/gp?ids={ids}", released, GpIds);
        await check.IdsAsync("/api/v1/catalog/gp", released, GpIds);
        check.Equal("/api/v1/catalog/gp?format=tle", released, await check.TextAsync("/api/v1/catalog/gp?format=tle",
            text => [.. TleReader.Parse(text).Sets.Select(t => t.CatalogNumber)]));

        var paged = new List<int>();
        var links = new List<bool>();
        bool hasNext = true;
        for (int after = 0; hasNext && paged.Count <= s_catalog.Length; after = paged.LastOrDefault())
        {
            (int[] found, hasNext) = await check.PageAsync($"/api/v1/catalog/gp?limit=1&after={after}", GpIds);
            paged.AddRange(found);
            links.Add(hasNext);
        }

        check.Equal("/api/v1/catalog/gp?limit=1 (every page)", released, paged);
        check.Equal("/api/v1/catalog/gp?limit=1 next links", released.Select((_, i) => i < released.Length - 1), links);

        foreach (int id in s_catalog.Select(o => o.NoradId).Append(Unregistered))
        {
            int[] history = released.Contains(id) ? [.. s_setDays.Select(_ => id)] : [];
            await check.IdsAsync($"/api/v1/catalog/gp/history?id={id}{HistoryRange}", history, GpIds);
        }
    }

    private static int[] GpIds(JsonElement json) => [.. json.EnumerateArray().Select(s => s.GetProperty("NORAD_CAT_ID").GetInt32())];
}
