namespace Concord.Demo;

/// <summary>The population a generated demo object belongs to.</summary>
public enum DemoObjectGroup
{
    /// <summary>A Walker-delta broadband constellation in low Earth orbit.</summary>
    Constellation,

    /// <summary>Sun-synchronous Earth-observation and weather satellites.</summary>
    EarthObservation,

    /// <summary>Navigation satellites in medium Earth orbit.</summary>
    Navigation,

    /// <summary>Geostationary satellites, operational or retired and drifting.</summary>
    Geostationary,

    /// <summary>A rocket body (the parent of the debris cloud).</summary>
    RocketBody,

    /// <summary>Fragments of the fictional break-up.</summary>
    Debris,
}
