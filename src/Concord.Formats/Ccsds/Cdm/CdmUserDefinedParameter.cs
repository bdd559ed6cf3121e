namespace Concord.Formats.Ccsds.Cdm;

/// <summary>A user-defined parameter of a CDM (<c>USER_DEFINED_name = value</c>).</summary>
/// <param name="Name">The name after <c>USER_DEFINED_</c>.</param>
/// <param name="Value">The value as text.</param>
public sealed record CdmUserDefinedParameter(string Name, string Value);
