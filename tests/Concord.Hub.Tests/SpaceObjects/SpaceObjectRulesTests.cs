using Concord.Hub.Errors;
using Concord.Hub.SpaceObjects;

namespace Concord.Hub.Tests.SpaceObjects;

public sealed class SpaceObjectRulesTests
{
    private static readonly DateOnly s_today = new(2026, 1, 1);
    private static readonly HashSet<string> s_agencies = new(StringComparer.Ordinal) { "AAA", "BBB", "CCC" };

    private static SpaceObjectRegistration Valid() => new("90001", "Alpha-1", "AAA",
        InternationalDesignator: "2025-001A", LaunchingState: "FR", LaunchDate: "2025-03-01", LaunchSite: "Kourou",
        NodalPeriodMinutes: 95.0, InclinationDegrees: 97.5, ApogeeKilometers: 560.0, PerigeeKilometers: 540.0,
        GeneralFunction: "Earth observation", Status: "operational", Marking: "public");

    private static string[] Fields(IReadOnlyList<HubError> errors)
    {
        Assert.All(errors, e => Assert.Equal(HubErrorCodes.ValidationFailed, e.Code));
        return errors.Select(e => e.Arguments[0]).ToArray();
    }

    [Fact]
    public void Valid_HasNoErrors()
    {
        Assert.Empty(SpaceObjectRules.Validate(Valid(), s_agencies, s_today));
        Assert.Empty(SpaceObjectRules.Validate(new SpaceObjectRegistration("1", "X", "AAA"), s_agencies, s_today));
    }

    [Fact]
    public void EveryProblem_IsReported_InFieldOrder()
    {
        var bad = new SpaceObjectRegistration("0", " ", "ZZZ", "25-1A", "fra", "2027-01-01", "", -1.0, 181.0, 2_000_000.0, -101.0,
            "", "lost", "secret", ["ZZZ"]);

        Assert.Equal(
            ["noradId", "name", "owner", "internationalDesignator", "launchingState", "launchDate", "launchSite", "nodalPeriodMinutes",
             "inclinationDegrees", "apogeeKilometers", "perigeeKilometers", "generalFunction", "status", "marking", "relTo[0]"],
            Fields(SpaceObjectRules.Validate(bad, s_agencies, s_today)));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("999999999", true)]
    [InlineData("1000000000", false)]
    [InlineData("0", false)]
    [InlineData("090001", false)]
    [InlineData("9000A", false)]
    [InlineData("-5", false)]
    [InlineData("", false)]
    [InlineData(" 90001", false)]
    public void CatalogNumber_IsOneToNineDigitsWithoutLeadingZero(string noradId, bool valid)
    {
        Assert.Equal(valid, SpaceObjectRules.TryParseCatalogNumber(noradId, out _));
        Assert.Equal(valid, SpaceObjectRules.Validate(Valid() with { NoradId = noradId }, s_agencies, s_today).Count == 0);
    }

    [Theory]
    [InlineData("2025-001A", true)]
    [InlineData("2025-001", true)]
    [InlineData("2025-999ZZZ", true)]
    [InlineData("2025-001ABCD", false)]
    [InlineData("2025-000A", false)]
    [InlineData("2025-001I", false)]
    [InlineData("2025-001O", false)]
    [InlineData("2025-1A", false)]
    [InlineData("2025-001a", false)]
    [InlineData("1956-001A", false)]
    [InlineData("2027-001A", false)]
    public void InternationalDesignator_IsCospar(string designator, bool valid)
    {
        var registration = Valid() with { InternationalDesignator = designator, LaunchDate = null };

        Assert.Equal(valid, SpaceObjectRules.Validate(registration, s_agencies, s_today).Count == 0);
    }

    [Fact]
    public void InternationalDesignator_MustHaveTheLaunchYear()
    {
        var registration = Valid() with { InternationalDesignator = "2024-001A", LaunchDate = "2025-03-01" };

        Assert.Equal(["internationalDesignator"], Fields(SpaceObjectRules.Validate(registration, s_agencies, s_today)));
    }

    [Theory]
    [InlineData("2026-01-01", true)]
    [InlineData("1957-10-04", true)]
    [InlineData("1957-10-03", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("01/03/2025", false)]
    public void LaunchDate_IsIsoAndNotInTheFuture(string date, bool valid)
    {
        var registration = Valid() with { InternationalDesignator = null, LaunchDate = date };

        Assert.Equal(valid, SpaceObjectRules.Validate(registration, s_agencies, s_today).Count == 0);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(180.0, true)]
    [InlineData(-0.1, false)]
    [InlineData(180.1, false)]
    [InlineData(double.NaN, false)]
    public void Inclination_IsZeroTo180Degrees(double degrees, bool valid)
    {
        Assert.Equal(valid, SpaceObjectRules.Validate(Valid() with { InclinationDegrees = degrees }, s_agencies, s_today).Count == 0);
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.001, true)]
    [InlineData(1_000_000.0, true)]
    [InlineData(1_000_000.1, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void NodalPeriod_IsPositiveAndBounded(double minutes, bool valid)
    {
        Assert.Equal(valid, SpaceObjectRules.Validate(Valid() with { NodalPeriodMinutes = minutes }, s_agencies, s_today).Count == 0);
    }

    [Theory]
    [InlineData(-100.0, -100.0, true)]
    [InlineData(-100.1, 500.0, false)]
    [InlineData(500.0, 500.0, true)]
    [InlineData(501.0, 500.0, false)]
    [InlineData(500.0, 1_500_000.0, true)]
    [InlineData(500.0, 1_500_000.1, false)]
    public void Perigee_IsInRange_AndNotAboveApogee(double perigee, double apogee, bool valid)
    {
        var registration = Valid() with { PerigeeKilometers = perigee, ApogeeKilometers = apogee };

        Assert.Equal(valid, SpaceObjectRules.Validate(registration, s_agencies, s_today).Count == 0);
    }

    [Fact]
    public void PerigeeAboveApogee_IsReportedOnPerigee()
    {
        var registration = Valid() with { PerigeeKilometers = 600.0, ApogeeKilometers = 500.0 };

        Assert.Equal(["perigeeKilometers"], Fields(SpaceObjectRules.Validate(registration, s_agencies, s_today)));
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("fr", false)]
    [InlineData("FRA", false)]
    public void LaunchingState_IsAlpha2(string state, bool valid)
    {
        Assert.Equal(valid, SpaceObjectRules.Validate(Valid() with { LaunchingState = state }, s_agencies, s_today).Count == 0);
    }

    [Fact]
    public void Name_IsOneTo128Characters()
    {
        Assert.Empty(SpaceObjectRules.Validate(Valid() with { Name = new string('n', 128) }, s_agencies, s_today));
        Assert.Equal(["name"], Fields(SpaceObjectRules.Validate(Valid() with { Name = new string('n', 129) }, s_agencies, s_today)));
        Assert.Equal(["name"], Fields(SpaceObjectRules.Validate(Valid() with { Name = null }, s_agencies, s_today)));
    }

    [Fact]
    public void Owner_MustBeAnExistingAgency()
    {
        Assert.Equal(["owner"], Fields(SpaceObjectRules.Validate(Valid() with { Owner = "DDD" }, s_agencies, s_today)));
        Assert.Equal(["owner"], Fields(SpaceObjectRules.Validate(Valid() with { Owner = "aaa" }, s_agencies, s_today)));
    }

    [Fact]
    public void Restricted_RequiresRelTo_AndRelToRequiresRestricted()
    {
        Assert.Empty(SpaceObjectRules.Validate(Valid() with { Marking = "restricted", RelTo = ["BBB", "CCC"] }, s_agencies, s_today));
        Assert.Equal(["relTo"], Fields(SpaceObjectRules.Validate(Valid() with { Marking = "restricted" }, s_agencies, s_today)));
        Assert.Equal(["relTo"], Fields(SpaceObjectRules.Validate(Valid() with { Marking = "restricted", RelTo = [] }, s_agencies, s_today)));
        Assert.Equal(["relTo"], Fields(SpaceObjectRules.Validate(Valid() with { Marking = "public", RelTo = ["BBB"] }, s_agencies, s_today)));
        Assert.Equal(["relTo"], Fields(SpaceObjectRules.Validate(Valid() with { Marking = null, RelTo = ["BBB"] }, s_agencies, s_today)));
        Assert.Equal(["relTo"], Fields(SpaceObjectRules.Validate(Valid() with { Marking = "partners", RelTo = ["BBB"] }, s_agencies, s_today)));
        string[] tooMany = Enumerable.Range(0, SpaceObjectRules.MaxRelTo + 1).Select(_ => "BBB").ToArray();
        Assert.Equal(["relTo"], Fields(SpaceObjectRules.Validate(Valid() with { Marking = "restricted", RelTo = tooMany }, s_agencies, s_today)));
    }

    [Fact]
    public void RelTo_ListsExistingAgenciesOnce()
    {
        var registration = Valid() with { Marking = "restricted", RelTo = ["BBB", "DDD", "BBB", "x"] };

        Assert.Equal(["relTo[1]", "relTo[2]", "relTo[3]"], Fields(SpaceObjectRules.Validate(registration, s_agencies, s_today)));
    }

    [Fact]
    public void Replacement_KeepsCatalogNumberAndOwner()
    {
        var existing = new SpaceObject { CatalogNumber = 90001, Name = "Alpha-1", Owner = "AAA", Originator = "AAA" };

        Assert.Empty(SpaceObjectRules.ValidateReplacement(existing, Valid(), s_agencies, s_today));
        Assert.Equal(["noradId", "owner"],
            Fields(SpaceObjectRules.ValidateReplacement(existing, Valid() with { NoradId = "90002", Owner = "BBB" }, s_agencies, s_today)));
    }
}
