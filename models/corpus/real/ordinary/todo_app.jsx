import { useState } from "react";

export default function TodoList() {
  const [items, setItems] = useState([]);
  const [text, setText] = useState("");

  const add = (e) => {
    e.preventDefault();
    if (!text.trim()) return;
    setItems([...items, { id: Date.now(), text, done: false }]);
    setText("");
  };

  const toggle = (id) =>
    setItems(items.map((it) => (it.id === id ? { ...it, done: !it.done } : it)));

  return (
    <div className="todo">
      <form onSubmit={add}>
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder="What needs doing?" />
        <button type="submit">Add</button>
      </form>
      <ul>
        {items.map((it) => (
          <li key={it.id} onClick={() => toggle(it.id)} className={it.done ? "done" : ""}>
            {it.text}
          </li>
        ))}
      </ul>
      <p>{items.filter((i) => !i.done).length} left</p>
    </div>
  );
}
