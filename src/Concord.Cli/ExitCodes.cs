namespace Concord.Cli;

/// <summary>Documented exit codes of every <c>concord</c> command (house style R16).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Invalid input, or an object failed (e.g. an SGP4 error during propagation).</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage error, or an input file that cannot be read or parsed at all.</summary>
    public const int Usage = 2;

    /// <summary>Server or I/O failure.</summary>
    public const int Failure = 3;
}
