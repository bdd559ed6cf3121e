using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds;

/// <summary>One message read from an input: the message when it is valid, where it starts, and its diagnostics.</summary>
/// <typeparam name="T">The message model (<see cref="Cdm.Cdm"/>, <see cref="Omm.Omm"/>, <see cref="Opm.Opm"/>, <see cref="Oem.Oem"/>).</typeparam>
/// <param name="Message">The message; null when it had an error (never half a message).</param>
/// <param name="Line">1-based line where the message starts (CSV: its row; JSON: its object); 0 when the input held no token.</param>
/// <param name="Diagnostics">The message's errors and warnings, in input order.</param>
public sealed record CcsdsReadEntry<T>(T? Message, int Line, ImmutableArray<Diagnostic> Diagnostics)
    where T : class;
