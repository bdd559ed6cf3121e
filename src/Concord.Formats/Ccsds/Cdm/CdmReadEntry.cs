using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>One message read by <see cref="CdmReader"/>: the message when it is valid, where it starts, and its diagnostics.</summary>
/// <param name="Message">The message; null when it had an error (never half a message).</param>
/// <param name="Line">1-based line where the message starts.</param>
/// <param name="Diagnostics">The message's errors and warnings, in input order.</param>
public sealed record CdmReadEntry(Cdm? Message, int Line, ImmutableArray<Diagnostic> Diagnostics);
