using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>The result of reading an OEM: <see cref="CcsdsReadResult{T}.Message"/> is the message, or null when an error was found.</summary>
/// <remarks>The generic <see cref="CcsdsReadResult{T}"/> under the name its callers use. Immutable and thread-safe.</remarks>
public sealed class OemReadResult : CcsdsReadResult<Oem>
{
    internal OemReadResult(CcsdsFormat format, ImmutableArray<CcsdsReadEntry<Oem>> entries, ImmutableArray<Diagnostic> diagnostics)
        : base(format, entries, diagnostics)
    {
    }
}
