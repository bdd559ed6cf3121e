using System.Net;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.SpaceObjects;

public sealed partial class SpaceObjectEndpointsTests
{
    [Fact]
    public async Task List_FiltersByOwnerNameRegimeAndStatus()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        HttpClient admin = app.AdminClient();
        await RegisterOkAsync(admin, Body("1", name: "Sentinel-1A", perigee: 690.0, apogee: 700.0));
        await RegisterOkAsync(admin, Body("2", name: "Galileo FOC", perigee: 23_200.0, apogee: 23_240.0, status: "non-operational"));
        await RegisterOkAsync(admin, Body("3", owner: "BBB", name: "Meteosat-11", perigee: 35_780.0, apogee: 35_795.0));
        await RegisterOkAsync(admin, Body("4", owner: "BBB", name: "GTO stage", perigee: 250.0, apogee: 35_900.0, status: "decayed"));

        Assert.Equal(["3", "4"], await ListNoradIdsAsync(admin, "?owner=BBB"));
        Assert.Equal(["1"], await ListNoradIdsAsync(admin, "?name=sentinel"));
        Assert.Equal(["1"], await ListNoradIdsAsync(admin, "?regime=leo"));
        Assert.Equal(["2"], await ListNoradIdsAsync(admin, "?regime=meo"));
        Assert.Equal(["3"], await ListNoradIdsAsync(admin, "?regime=geo"));
        Assert.Equal(["4"], await ListNoradIdsAsync(admin, "?regime=heo"));
        Assert.Equal(["4"], await ListNoradIdsAsync(admin, "?status=decayed&owner=BBB"));
        Assert.Empty(await ListNoradIdsAsync(admin, "?status=decayed&owner=AAA"));
    }

    [Fact]
    public async Task List_PagesWithLimitAndAfter()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient admin = app.AdminClient();
        foreach (string noradId in new[] { "5", "100000000", "42", "999999999", "7" })
        {
            await RegisterOkAsync(admin, Body(noradId));
        }

        Assert.Equal(["5", "7"], await ListNoradIdsAsync(admin, "?limit=2"));
        Assert.Equal(["42", "100000000"], await ListNoradIdsAsync(admin, "?limit=2&after=7"));
        Assert.Equal(["999999999"], await ListNoradIdsAsync(admin, "?limit=2&after=100000000"));
        Assert.Equal(5, (await ListNoradIdsAsync(admin)).Length);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?after=x", "after")]
    [InlineData("?regime=LEO", "regime")]
    [InlineData("?status=lost", "status")]
    public async Task List_InvalidQuery_Is400(string query, string parameter)
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.AdminClient().GetAsync($"/api/v1/objects{query}", Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
        Assert.Equal(parameter, problem.GetProperty("arguments")[0].GetString());
    }
}
