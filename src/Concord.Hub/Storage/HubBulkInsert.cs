using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Hub.Storage;

/// <summary>Inserts many rows of one entity type with multi-row <c>INSERT … VALUES</c> commands built from the EF Core
/// model (table, columns, value converters and parameter types), inside the context's current transaction.</summary>
/// <remarks>
/// For large submissions: rows are not tracked, and no <c>SaveChanges</c> pass runs over them. On SQLite one prepared
/// single-row command is reused for every row; elsewhere commands carry up to 500 rows. A 30,000-set OMM submission is
/// accepted in 1.5-2.9 s end to end on a 2-core machine (docs/benchmarks.md). Works with any relational provider whose
/// parameters are named <c>@name</c> (SQLite, PostgreSQL).
/// </remarks>
internal static class HubBulkInsert
{
    // 500 rows × 30 columns stays below SQLite's 32,766 host parameters and PostgreSQL's 65,535.
    private const int MaxParametersPerCommand = 15_000;

    /// <summary>Inserts <paramref name="rows"/>; the caller owns the transaction (see <see cref="DatabaseFacade.BeginTransactionAsync"/>).</summary>
    public static async Task InsertAsync<T>(HubDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        IEntityType entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        string table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        IProperty[] properties = [.. entity.GetProperties().Where(p => p.PropertyInfo is not null)];
        RelationalTypeMapping[] mappings = [.. properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping())];
        string columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));
        string prefix = $"INSERT INTO {sql.DelimitIdentifier(table, entity.GetSchema())} ({columns}) VALUES ";
        int rowsPerCommand = Math.Max(1, MaxParametersPerCommand / properties.Length);

        // SQLite binds parameters by name with a linear search, so a command's binding cost grows with the square of its
        // parameter count: 500-row commands took 150-240 s for 30,000 rows. SQLite runs in process, so one prepared
        // single-row command reused for every row is fastest there; PostgreSQL pays a round trip per command instead.
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            rowsPerCommand = 1;
        }

        DbConnection connection = db.Database.GetDbConnection();
        DbTransaction? transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? command = null;
        try
        {
            for (int start = 0; start < rows.Count; start += rowsPerCommand)
            {
                int count = Math.Min(rowsPerCommand, rows.Count - start);
                if (command is null || command.Parameters.Count != count * properties.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }

                    command = CreateCommand(connection, transaction, prefix, properties, mappings, count);
                }

                for (int r = 0; r < count; r++)
                {
                    T row = rows[start + r];
                    for (int c = 0; c < properties.Length; c++)
                    {
                        object? value = properties[c].PropertyInfo!.GetValue(row);
                        if (value is not null && mappings[c].Converter is { } converter)
                        {
                            value = converter.ConvertToProvider(value);
                        }

                        command.Parameters[(r * properties.Length) + c].Value = value ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string prefix, IProperty[] properties,
        RelationalTypeMapping[] mappings, int rows)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(prefix, prefix.Length + (rows * properties.Length * 8));
        for (int r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < properties.Length; c++)
            {
                string name = $"p{r}_{c}";
                if (c > 0)
                {
                    text.Append(", ");
                }

                text.Append('@').Append(name);
                // Created through the type mapping so that provider settings (for example SQLite's TEXT GUIDs) apply.
                command.Parameters.Add(mappings[c].CreateParameter(command, name, null, properties[c].IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }
}
