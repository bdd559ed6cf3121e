namespace Concord.Hub.Catalog;

/// <summary>One warning of an accepted submission (<see cref="Concord.Formats.Diagnostics.Diagnostic"/> reduced to what is stored).</summary>
/// <param name="Code">The diagnostic code (<c>Concord.Formats.Diagnostics.ErrorCodes</c>).</param>
/// <param name="Line">1-based line of the message (0 when none).</param>
/// <param name="Message">The message for people.</param>
public sealed record SubmissionWarning(string Code, int Line, string Message);
