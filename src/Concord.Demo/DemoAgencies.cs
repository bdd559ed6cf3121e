namespace Concord.Demo;

/// <summary>The fictional federation of <c>concord serve --demo</c>: three agencies and one commercial operator.</summary>
/// <remarks>Names, people and countries are invented; e-mail addresses are on <c>example.org</c> (RFC 2606) and
/// countries are ISO 3166-1 user-assigned codes. Thread-safe.</remarks>
public static class DemoAgencies
{
    /// <summary>Borealis Space Agency: Earth observation, geostationary satellites, and the rocket body that broke up.</summary>
    public const string Boreal = "BOREAL";

    /// <summary>Meridian Orbital Authority: navigation, weather and geostationary satellites.</summary>
    public const string Meridian = "MERID";

    /// <summary>Austral Space Administration: radar Earth observation and geostationary satellites.</summary>
    public const string Austral = "AUSTRAL";

    /// <summary>Halcyon Networks: a commercial broadband constellation operator.</summary>
    public const string Halcyon = "HALCYON";

    /// <summary>The four agencies, ordered by code.</summary>
    public static IReadOnlyList<DemoAgency> All { get; } =
    [
        new(Austral, "Austral Space Administration", "XS",
        [
            new("Mara Okonkwo-Reyes", "mara.okonkwo@austral.example.org", "+00 555 0101"),
            new("Tomas Lindqvist", "tomas.lindqvist@austral.example.org", "+00 555 0102"),
        ]),
        new(Boreal, "Borealis Space Agency", "XB",
        [
            new("Ingrid Solberg", "ingrid.solberg@boreal.example.org", "+00 555 0201"),
            new("Kenji Aramaki", "kenji.aramaki@boreal.example.org", "+00 555 0202"),
        ]),
        new(Halcyon, "Halcyon Networks", "XH",
        [
            new("Priya Natarajan", "priya.natarajan@halcyon.example.org", "+00 555 0301"),
            new("Lucas Ferreira", "lucas.ferreira@halcyon.example.org", "+00 555 0302"),
        ]),
        new(Meridian, "Meridian Orbital Authority", "XM",
        [
            new("Amina Diallo", "amina.diallo@meridian.example.org", "+00 555 0401"),
            new("Pavel Horak", "pavel.horak@meridian.example.org", "+00 555 0402"),
        ]),
    ];
}
