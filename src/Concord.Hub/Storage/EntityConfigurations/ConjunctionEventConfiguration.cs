using Concord.Hub.Conjunctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ConjunctionEventConfiguration : IEntityTypeConfiguration<ConjunctionEvent>
{
    public void Configure(EntityTypeBuilder<ConjunctionEvent> builder)
    {
        builder.ToTable("conjunction_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Tca).HasEpochConversion();
        builder.Property(e => e.RiskLevel).HasConversion(l => l.ToWireName(), t => ConjunctionWireNames.ParseRiskLevel(t)).HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion(s => s.ToWireName(), t => ConjunctionWireNames.ParseStatus(t)).HasMaxLength(16);
        builder.Property(e => e.PcMethod).HasMaxLength(32);
        builder.OwnsOne(e => e.PrimarySide, ConjunctionSideConfiguration.Configure);
        builder.OwnsOne(e => e.SecondarySide, ConjunctionSideConfiguration.Configure);
        builder.Navigation(e => e.PrimarySide).IsRequired();
        builder.Navigation(e => e.SecondarySide).IsRequired();
        builder.Property(e => e.ClosedReason).HasMaxLength(32);
        builder.HasIndex(e => new { e.PrimaryCatalogNumber, e.SecondaryCatalogNumber, e.Tca });
        builder.HasIndex(e => e.SecondaryCatalogNumber);
        builder.HasIndex(e => new { e.Status, e.Tca });
        builder.HasMany(e => e.Updates).WithOne().HasForeignKey(u => u.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
