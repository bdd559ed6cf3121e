namespace Concord.Formats.Ccsds.Opm;

/// <summary>One OPM keyword of the table.</summary>
internal sealed record OpmKey(string Name, OpmSection Section, OpmKeyKind Kind, CcsdsUnit? Unit, Func<Opm, OpmManeuver?, string?> Write);
