using System.Globalization;

namespace Concord.Demo;

/// <summary>A fictional launch: date, site and the COSPAR launch identifier (<c>YYYY-NNN</c>).</summary>
/// <param name="Date">Launch date (UTC).</param>
/// <param name="Number">Launch number within its year.</param>
/// <param name="Site">Launch site.</param>
internal sealed record Launch(DateOnly Date, int Number, string Site)
{
    // COSPAR piece letters skip I and O to avoid confusion with 1 and 0.
    private const string PieceLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>The international designator of piece <paramref name="pieceIndex"/> (0 = A, 23 = Z, 24 = AA, ...).</summary>
    public string Designator(int pieceIndex)
    {
        string letters = "";
        int n = pieceIndex + 1;
        while (n > 0)
        {
            n--;
            letters = PieceLetters[n % PieceLetters.Length] + letters;
            n /= PieceLetters.Length;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Date.Year:0000}-{Number:000}{letters}");
    }
}
