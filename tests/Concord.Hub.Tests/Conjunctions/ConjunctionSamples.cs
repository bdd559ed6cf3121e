namespace Concord.Conjunctions.Samples;

/// <summary>Two element sets on a collision course, shared by the hub and server conjunction tests.</summary>
/// <remarks>Provenance: <see cref="Primary"/> is <c>CatalogSamples.Set(90001, day: 1)</c> (ISS-like, epoch 2026-01-01T00:00Z).
/// <see cref="Secondary"/> (90002, sun-synchronous-like, 97.5°) was designed with the demo's <c>ConjunctionDesigner</c> to pass
/// the primary 30 m apart at 2026-01-02T00:00:00Z, then written as a TLE (angles rounded to 1e-4°, about 12 m in LEO);
/// SGP4 on these exact lines gives TCA 2026-01-02T00:00:00.001Z, miss 30.2 m, relative speed 5.99 km/s
/// (<c>ConjunctionScreeningServiceTests.Samples_AreOnACollisionCourse</c> checks it with the screener).</remarks>
internal static class ConjunctionSamples
{
    /// <summary>Designed time of closest approach, UTC.</summary>
    public static readonly DateTimeOffset Tca = new(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Catalog number 90001.</summary>
    public const string Primary = """
        0 PRIMARY
        1 90001U 26001A   26001.00000000  .00012345  00000+0  23456-3 0  9995
        2 90001  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391123450

        """;

    /// <summary>Catalog number 90002.</summary>
    public const string Secondary = """
        0 SECONDARY
        1 90002U 26002A   26001.00000000  .00012345  00000+0  23456-3 0  9997
        2 90002  97.5000 240.5336 0010000 301.9039 166.4452 15.70704910123450

        """;
}
