namespace Concord.Formats.Ccsds.Omm;

/// <summary>One user-defined parameter (KVN <c>USER_DEFINED_name = value</c>, XML
/// <c>&lt;USER_DEFINED parameter="name"&gt;value&lt;/USER_DEFINED&gt;</c>).</summary>
/// <param name="Name">The name after <c>USER_DEFINED_</c>.</param>
/// <param name="Value">The value as text.</param>
public sealed record OmmUserDefinedParameter(string Name, string Value);
