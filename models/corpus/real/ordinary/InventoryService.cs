using System;
using System.Collections.Generic;
using System.Linq;

namespace FoodBank.Inventory
{
    public record Item(string Sku, string Name, int OnHand, int ReorderAt);

    public class InventoryService
    {
        private readonly Dictionary<string, Item> _items = new();

        public void Upsert(Item item) => _items[item.Sku] = item;

        public void Receive(string sku, int qty)
        {
            if (!_items.TryGetValue(sku, out var it))
                throw new KeyNotFoundException(sku);
            _items[sku] = it with { OnHand = it.OnHand + qty };
        }

        public bool Distribute(string sku, int qty)
        {
            var it = _items[sku];
            if (it.OnHand < qty) return false;
            _items[sku] = it with { OnHand = it.OnHand - qty };
            return true;
        }

        public IEnumerable<Item> NeedsReorder() =>
            _items.Values.Where(i => i.OnHand <= i.ReorderAt).OrderBy(i => i.OnHand);
    }
}
