using Concord.Astro.Frames;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Propagation.Sgp4;

/// <summary>Behaviour of <see cref="Sgp4Propagator"/> beyond the reference vectors: options, typed errors,
/// call-order independence and thread safety.</summary>
public sealed partial class Sgp4PropagatorTests
{
    private const double RadiansPerDegree = Math.PI / 180.0;
    private const double MinutesPerDay = 1440.0;
    private const double EarthRadiusMeters = 6_378_135.0;

    internal static Sgp4Elements Elements(double meanMotionRevPerDay, double eccentricity, double inclinationDeg,
        double bstar = 1.0e-4, double raanDeg = 40.0, double argpDeg = 60.0, double meanAnomalyDeg = 10.0)
        => new()
        {
            Epoch = Epoch.FromDayOfYear(2024, 100, 43_200_000_000_000L, TimeScale.Utc),
            MeanMotionRadiansPerMinute = meanMotionRevPerDay * 2.0 * Math.PI / MinutesPerDay,
            Eccentricity = eccentricity,
            InclinationRadians = inclinationDeg * RadiansPerDegree,
            RightAscensionOfAscendingNodeRadians = raanDeg * RadiansPerDegree,
            ArgumentOfPerigeeRadians = argpDeg * RadiansPerDegree,
            MeanAnomalyRadians = meanAnomalyDeg * RadiansPerDegree,
            BstarPerEarthRadius = bstar,
        };

    // A low-earth orbit (ISS-like), a 24 h resonant geosynchronous orbit and a 12 h resonant Molniya orbit.
    internal static Sgp4Elements Leo => Elements(15.5, 0.0005, 51.6);

    internal static Sgp4Elements Geo => Elements(1.0027, 0.0003, 0.05, bstar: 0.0);

    internal static Sgp4Elements Molniya => Elements(2.006, 0.72, 63.4, bstar: 1.0e-5, argpDeg: 270.0);

    private static Sgp4Propagator Create(Sgp4Elements elements, Sgp4Options? options = null)
    {
        Sgp4InitResult init = Sgp4Propagator.Create(elements, options ?? Sgp4Options.Default);
        Assert.True(init.Success, init.Error.ToString());
        return init.Propagator;
    }

    [Fact]
    public void DeepSpaceIsChosenByPeriod()
    {
        Assert.False(Create(Leo).IsDeepSpace);
        Assert.True(Create(Geo).IsDeepSpace);
        Assert.True(Create(Molniya).IsDeepSpace);
    }

    [Theory]
    [InlineData(1.2, 15.0, Sgp4Error.MeanEccentricityOutOfRange)]
    [InlineData(-0.1, 15.0, Sgp4Error.MeanEccentricityOutOfRange)]
    [InlineData(1.0, 15.0, Sgp4Error.MeanEccentricityOutOfRange)]
    [InlineData(0.001, -15.0, Sgp4Error.MeanMotionNotPositive)]
    [InlineData(0.001, 0.0, Sgp4Error.MeanMotionNotPositive)]
    public void InvalidElementsGiveTypedErrorAtInitialisation(double eccentricity, double meanMotionRevPerDay, Sgp4Error expected)
    {
        Sgp4InitResult init = Sgp4Propagator.Create(Elements(meanMotionRevPerDay, eccentricity, 45.0), Sgp4Options.Default);

        Assert.False(init.Success);
        Assert.Equal(expected, init.Error);
        Assert.Throws<InvalidOperationException>(() => init.Propagator);
    }

    [Fact]
    public void FailedPropagationIsAResultNotAnException()
    {
        // B* far too large: the orbit decays within a day.
        Sgp4Propagator propagator = Create(Elements(16.2, 0.001, 80.0, bstar: 0.5));

        Sgp4Result result = propagator.Propagate(3 * MinutesPerDay);

        Assert.False(result.Success);
        Assert.NotEqual(Sgp4Error.None, result.Error);
        Assert.Throws<InvalidOperationException>(() => result.PositionMeters);
    }

    [Fact]
    public void Wgs84DiffersFromWgs72ButStaysClose()
    {
        Sgp4Propagator wgs72 = Create(Leo);
        Sgp4Propagator wgs84 = Create(Leo, Sgp4Options.Default with { Gravity = GravityModel.Wgs84 });
        Sgp4Propagator wgs72Old = Create(Leo, Sgp4Options.Default with { Gravity = GravityModel.Wgs72Old });

        double difference84 = (wgs72.Propagate(MinutesPerDay).PositionMeters - wgs84.Propagate(MinutesPerDay).PositionMeters).Length;
        double differenceOld = (wgs72.Propagate(MinutesPerDay).PositionMeters - wgs72Old.Propagate(MinutesPerDay).PositionMeters).Length;

        // The constants differ by parts in 1e6; after a day that is metres to kilometres along track, never more.
        Assert.InRange(difference84, 1.0, 50_000.0);
        Assert.InRange(differenceOld, 1e-3, 50_000.0);
    }

    [Fact]
    public void AfspcModeDiffersOnlySlightlyForDeepSpace()
    {
        Sgp4Propagator improved = Create(Geo);
        Sgp4Propagator afspc = Create(Geo, Sgp4Options.Default with { Mode = Sgp4OperationMode.Afspc });

        double difference = (improved.Propagate(MinutesPerDay).PositionMeters - afspc.Propagate(MinutesPerDay).PositionMeters).Length;
        double radius = afspc.Propagate(MinutesPerDay).PositionMeters.Length;

        // Only the sidereal time at epoch differs (1970-based formula vs IAU 1982): a small, nonzero change.
        Assert.InRange(difference, 1e-9, 1_000.0);
        Assert.InRange(radius, 6.5 * EarthRadiusMeters, 6.7 * EarthRadiusMeters);
    }

    [Fact]
    public void PropagateToGivesTemeStateAtTheEpoch()
    {
        Sgp4Propagator propagator = Create(Leo);
        Epoch when = Leo.Epoch + Duration.FromMinutes(90.0);

        Sgp4StateResult state = propagator.PropagateTo(when);

        Assert.True(state.Success);
        Assert.Equal(ReferenceFrame.Teme, state.State.Frame);
        Assert.Equal(when, state.State.Epoch);
        Assert.Equal(propagator.Propagate(90.0).PositionMeters, state.State.PositionMeters);
    }

    [Theory]
    [InlineData(Sgp4Error.MeanEccentricityOutOfRange)]
    [InlineData(Sgp4Error.Decayed)]
    public void EveryErrorHasADescription(Sgp4Error error)
        => Assert.False(string.IsNullOrWhiteSpace(Sgp4ErrorText.Describe(error)));
}
