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
        foreach (IGrouping<string, TestObject> marked in s_catalog.GroupBy(o => o.Marking))
        {
            Tle[] sets = [.. marked.SelectMany(o => s_setDays.Select(day => CatalogSamples.Set(o.NoradId, day)))];
            string relTo = marked.Key == "restricted" ? $"&relTo={string.Join(',', marked.First().RelTo!)}" : "";
            await f.SubmitAsync(Own, CatalogSamples.TleText(sets), $"?marking={marked.Key}{relTo}");
        }
    }

    /// <summary>GP by ids, GP listing (OMM JSON, TLE, paged one by one) and each object's history: exactly the released
    /// sets.</summary>
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
        int after = 0;
        for (int page = 0; page <= s_catalog.Length; page++)
        {
            int[] found = await check.ReadAsync($"/api/v1/catalog/gp?limit=1&after={after}", GpIds);
            paged.AddRange(found);
            if (found.Length == 0)
            {
                break;
            }

            after = found[^1];
        }

        check.Equal("/api/v1/catalog/gp?limit=1 (every page)", released, paged);

        foreach (int id in s_catalog.Select(o => o.NoradId).Append(Unregistered))
        {
            int[] history = released.Contains(id) ? [.. s_setDays.Select(_ => id)] : [];
            await check.IdsAsync($"/api/v1/catalog/gp/history?id={id}{HistoryRange}", history, GpIds);
        }
    }

    private static int[] GpIds(JsonElement json) => [.. json.EnumerateArray().Select(s => s.GetProperty("NORAD_CAT_ID").GetInt32())];
}
