namespace Concord.Formats;

/// <summary>The kinds of message Concord reads, as told from their content (see <see cref="MessageKindDetector"/>).</summary>
public enum MessageKind
{
    /// <summary>The content matches no known message.</summary>
    Unknown,

    /// <summary>Two- or three-line element sets.</summary>
    Tle,

    /// <summary>CCSDS Orbit Mean-Elements Message (KVN, XML, JSON or CSV).</summary>
    Omm,

    /// <summary>CCSDS Orbit Parameter Message.</summary>
    Opm,

    /// <summary>CCSDS Orbit Ephemeris Message.</summary>
    Oem,

    /// <summary>CCSDS Conjunction Data Message.</summary>
    Cdm,

    /// <summary>CCSDS Tracking Data Message (recognised, not yet read).</summary>
    Tdm,
}
