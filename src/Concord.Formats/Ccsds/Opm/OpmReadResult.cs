using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>The result of reading an OPM: <see cref="CcsdsReadResult{T}.Message"/> is the message, or null when an error was found.</summary>
/// <remarks>The generic <see cref="CcsdsReadResult{T}"/> under the name its callers use. Immutable and thread-safe.</remarks>
public sealed class OpmReadResult : CcsdsReadResult<Opm>
{
    internal OpmReadResult(CcsdsFormat format, ImmutableArray<CcsdsReadEntry<Opm>> entries, ImmutableArray<Diagnostic> diagnostics)
        : base(format, entries, diagnostics)
    {
    }
}
