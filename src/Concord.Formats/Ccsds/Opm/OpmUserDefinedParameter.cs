namespace Concord.Formats.Ccsds.Opm;

/// <summary>A user-defined OPM parameter.</summary>
/// <param name="Name">The name without the USER_DEFINED_ prefix.</param>
/// <param name="Value">The value as written.</param>
public sealed record OpmUserDefinedParameter(string Name, string Value);
